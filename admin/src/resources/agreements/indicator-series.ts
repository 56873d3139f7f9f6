/** Measurements grouped per metric into chart points, oldest month first. */
export type Measurement = {
  metric: string;
  month: string;
  value: string | null;
  threshold: string | null;
  comparator: string | null;
  breached: boolean;
  partial: boolean;
};

export type Point = { month: string; value: number | null; breached: boolean; partial: boolean };
export type Series = { metric: string; threshold: number | null; comparator: string | null; points: Point[] };

export function seriesByMetric(measurements: Measurement[]): Series[] {
  const byMetric = new Map<string, Series>();
  for (const m of [...measurements].sort((a, b) => a.month.localeCompare(b.month))) {
    let s = byMetric.get(m.metric);
    if (!s) byMetric.set(m.metric, (s = { metric: m.metric, threshold: null, comparator: null, points: [] }));
    // The latest month's threshold is the one in force now; older months may have had another.
    if (m.threshold !== null) s.threshold = Number(m.threshold);
    if (m.comparator !== null) s.comparator = m.comparator;
    s.points.push({
      month: m.month.slice(0, 7),
      value: m.value === null ? null : Number(m.value),
      breached: m.breached,
      partial: m.partial,
    });
  }
  return [...byMetric.values()];
}
