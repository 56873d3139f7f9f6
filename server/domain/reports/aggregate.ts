/**
 * Pure aggregations behind the admin dashboard: money stays exact (bigint fen), months are the
 * agency's calendar months ("2026-03", as the claims' settlement months), buckets come out
 * sorted and only where there is data.
 */
import { localDay } from '../shared/local-date.js';

export const monthOf = (d: Date): string => localDay(d).slice(0, 7);

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
