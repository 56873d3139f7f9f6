import { localDay } from '../common/format.js';

/** Every month from `first` to `last` inclusive (YYYY-MM), so a chart's time axis has no jumps. */
export function monthSpan(first: string, last: string): string[] {
  const out: string[] = [];
  let [y, m] = first.split('-').map(Number) as [number, number];
  const [ly, lm] = last.split('-').map(Number) as [number, number];
  while (y < ly || (y === ly && m <= lm)) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    m += 1;
    if (m > 12) [y, m] = [y + 1, 1];
  }
  return out;
}

/**
 * Insurer × month shares → one row per calendar month with a column per insurer (recharts'
 * shape), in percent. A month without figures is `null`, not 0: the line breaks there instead
 * of drawing a slope across months nobody counted.
 */
export function pivotShares(rows: readonly { month: string; insurerId: string; share: number }[]): {
  rows: Record<string, number | string | null>[];
  insurers: string[];
} {
  if (rows.length === 0) return { rows: [], insurers: [] };
  const insurers = [...new Set(rows.map((r) => r.insurerId))];
  const months = rows.map((r) => r.month).sort();
  const byMonth = new Map<string, Record<string, number | string | null>>(
    monthSpan(months[0]!, months[months.length - 1]!).map((month) => [
      month,
      Object.fromEntries([['month', month], ...insurers.map((i) => [i, null])]),
    ]),
  );
  for (const r of rows) byMonth.get(r.month)![r.insurerId] = Math.round(r.share * 10_000) / 100;
  return { rows: [...byMonth.values()], insurers };
}

/** Month buckets with the months between them filled with zeros (nothing penalised that month). */
export function fillMonths<T extends { month: string }>(rows: readonly T[], zero: Omit<T, 'month'>): T[] {
  if (rows.length === 0) return [];
  const sorted = [...rows].sort((a, b) => a.month.localeCompare(b.month));
  const byMonth = new Map(sorted.map((r) => [r.month, r]));
  return monthSpan(sorted[0]!.month, sorted[sorted.length - 1]!.month).map(
    (month) => byMonth.get(month) ?? ({ ...zero, month } as T),
  );
}

/** The first day of the chosen window's first month on the agency's calendar, or null for all time. */
export function rangeStart(months: number | 'all', today = new Date()): string | null {
  if (months === 'all') return null;
  const [y, m] = localDay(today).split('-').map(Number) as [number, number];
  const d = new Date(Date.UTC(y, m - 1 - months + 1, 1));
  return d.toISOString().slice(0, 10);
}
