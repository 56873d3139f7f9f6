/** Month × category shares → one row per month with a column per category (recharts' shape). */
export function pivotShares(rows: readonly { month: string; category: string; share: number }[]): {
  rows: Record<string, number | string>[];
  categories: string[];
} {
  const categories = [...new Set(rows.map((r) => r.category))].sort();
  const byMonth = new Map<string, Record<string, number | string>>();
  for (const r of rows) {
    const row =
      byMonth.get(r.month) ?? Object.fromEntries([['month', r.month], ...categories.map((c) => [c, 0])]);
    row[r.category] = Math.round(r.share * 1000) / 10;
    byMonth.set(r.month, row);
  }
  return {
    rows: [...byMonth.values()].sort((a, b) => String(a.month).localeCompare(String(b.month))),
    categories,
  };
}

/** The start of the chosen window (UTC date), or null for all time. */
export function rangeStart(months: number | 'all', today = new Date()): string | null {
  if (months === 'all') return null;
  const d = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - months + 1, 1));
  return d.toISOString().slice(0, 10);
}
