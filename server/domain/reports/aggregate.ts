/**
 * Pure aggregations behind the admin dashboard: money stays exact (bigint fen), months are
 * UTC calendar months ("2026-03"), buckets come out sorted and only where there is data.
 */

export const monthOf = (d: Date): string => d.toISOString().slice(0, 7);

export interface PenaltyRow {
  proposedAt: Date;
  amountFen: bigint | null;
  recoveredAmountFen: bigint;
  violationType: { id: string; code: string; nameZh: string; nameEn: string };
}

export interface MoneyBucket {
  penalisedFen: bigint;
  recoveredFen: bigint;
  count: number;
}

export interface MonthBucket extends MoneyBucket {
  month: string;
}

export interface ViolationBucket extends MoneyBucket {
  violationTypeId: string;
  code: string;
  nameZh: string;
  nameEn: string;
}

const add = (b: MoneyBucket, p: PenaltyRow) => {
  b.penalisedFen += p.amountFen ?? 0n;
  b.recoveredFen += p.recoveredAmountFen;
  b.count += 1;
};

export function penaltiesByMonth(rows: readonly PenaltyRow[]): MonthBucket[] {
  const buckets = new Map<string, MonthBucket>();
  for (const row of rows) {
    const month = monthOf(row.proposedAt);
    let bucket = buckets.get(month);
    if (!bucket) buckets.set(month, (bucket = { month, penalisedFen: 0n, recoveredFen: 0n, count: 0 }));
    add(bucket, row);
  }
  return [...buckets.values()].sort((a, b) => a.month.localeCompare(b.month));
}

/** Largest penalised amount first; ties by code so the order is stable. */
export function penaltiesByViolation(rows: readonly PenaltyRow[]): ViolationBucket[] {
  const buckets = new Map<string, ViolationBucket>();
  for (const row of rows) {
    const vt = row.violationType;
    let bucket = buckets.get(vt.id);
    if (!bucket)
      buckets.set(
        vt.id,
        (bucket = {
          violationTypeId: vt.id,
          code: vt.code,
          nameZh: vt.nameZh,
          nameEn: vt.nameEn,
          penalisedFen: 0n,
          recoveredFen: 0n,
          count: 0,
        }),
      );
    add(bucket, row);
  }
  return [...buckets.values()].sort((a, b) =>
    b.penalisedFen > a.penalisedFen ? 1 : b.penalisedFen < a.penalisedFen ? -1 : a.code.localeCompare(b.code),
  );
}

export interface FindingRow {
  foundOn: Date;
  violatingAmountFen: bigint;
  category: string;
}

export interface ShareBucket {
  month: string;
  category: string;
  violatingFen: bigint;
  /** This category's share of the month's violating amount, 0..1 (4 decimals). */
  share: number;
}

/**
 * How the violating amount found each month splits across violation categories (shares sum
 * to 1 per month, up to rounding): the "violating-amount share over time" chart.
 */
export function violatingShareByMonth(rows: readonly FindingRow[]): ShareBucket[] {
  const months = new Map<string, Map<string, bigint>>();
  for (const row of rows) {
    const month = monthOf(row.foundOn);
    const categories = months.get(month) ?? new Map<string, bigint>();
    months.set(month, categories);
    categories.set(row.category, (categories.get(row.category) ?? 0n) + row.violatingAmountFen);
  }
  const out: ShareBucket[] = [];
  for (const month of [...months.keys()].sort()) {
    const categories = months.get(month)!;
    const total = [...categories.values()].reduce((a, b) => a + b, 0n);
    for (const [category, fen] of [...categories.entries()].sort((a, b) => a[0].localeCompare(b[0]))) {
      const share = total === 0n ? 0 : Number((fen * 10_000n) / total) / 10_000;
      out.push({ month, category, violatingFen: fen, share });
    }
  }
  return out;
}
