import { createHash } from 'node:crypto';
import type { Comparator, DrugCategory, ProviderKind } from '../../db/generated/prisma/enums.js';

/** The month reported, "YYYY-MM", from 2000-01 on. */
export const PERIOD = /^(20\d\d)-(0[1-9]|1[0-2])$/;

/** Providers under the monthly reporting duty (月报制): designated pharmacies and clinics. */
export const REPORTING_KINDS: readonly ProviderKind[] = [
  'RETAIL_PHARMACY',
  'CLINIC',
  'OUTPATIENT_DEPARTMENT',
  'VILLAGE_CLINIC',
];

export function periodStart(period: string): Date {
  const [, y, m] = PERIOD.exec(period)!;
  return new Date(Date.UTC(Number(y), Number(m) - 1, 1));
}

/** First day after the period. */
export function periodEnd(period: string): Date {
  const start = periodStart(period);
  return new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1));
}

/**
 * The report is due on the insurer's day of the next month (default the 10th), clamped to
 * that month's last day; it is on time when filed on or before that day (the agency's calendar).
 */
export function reportDueOn(period: string, dueDay: number): Date {
  const next = periodEnd(period);
  const last = new Date(Date.UTC(next.getUTCFullYear(), next.getUTCMonth() + 1, 0)).getUTCDate();
  return new Date(Date.UTC(next.getUTCFullYear(), next.getUTCMonth(), Math.min(Math.max(dueDay, 1), last)));
}

export function isLate(submittedDay: Date, dueOn: Date): boolean {
  return submittedDay > dueOn;
}

export interface ReportLine {
  drugCode: string;
  drugName: string;
  maker: string;
  channel: string;
  category: DrugCategory;
  unitPriceFen: bigint;
  quantity: number;
}

/** Identifies a batch: the same lines sent again (in any order) are the same report. */
export function contentHash(lines: ReportLine[]): string {
  const canonical = lines
    .map((l) =>
      [l.drugCode, l.drugName, l.maker, l.channel, l.category, l.unitPriceFen.toString(), l.quantity].join(
        '\u0001',
      ),
    )
    .sort()
    .join('\u0002');
  return createHash('sha256').update(canonical).digest('hex');
}

export interface StockingRate {
  category: 'WESTERN' | 'PATENT_CHINESE';
  listed: number;
  stocked: number;
  /** Percent with two decimals, "0.00" when nothing is listed. */
  ratePercent: string;
}

/**
 * 备药率: of the insurer's formulary drugs of a category, the share the provider bought in the
 * month (a reported line with a positive quantity), rounded down to 0.01 %.
 */
export function stockingRates(
  formulary: { drugCode: string; category: DrugCategory }[],
  lines: { drugCode: string; quantity: number }[],
): StockingRate[] {
  const bought = new Set(lines.filter((l) => l.quantity > 0).map((l) => l.drugCode));
  return (['WESTERN', 'PATENT_CHINESE'] as const).map((category) => {
    const listed = formulary.filter((f) => f.category === category);
    const stocked = listed.filter((f) => bought.has(f.drugCode)).length;
    const hundredths = listed.length === 0 ? 0 : Math.floor((stocked * 10_000) / listed.length);
    return {
      category,
      listed: listed.length,
      stocked,
      ratePercent: `${Math.floor(hundredths / 100)}.${String(hundredths % 100).padStart(2, '0')}`,
    };
  });
}

/** Compares a percent (two decimals) with an indicator's threshold, exactly, in hundredths. */
export function meets(ratePercent: string, comparator: Comparator, threshold: string): boolean {
  const h = (v: string) => {
    const [i, f = ''] = v.split('.');
    return Number(i) * 10_000 + Number((f + '0000').slice(0, 4));
  };
  const a = h(ratePercent);
  const b = h(threshold);
  switch (comparator) {
    case 'LT':
      return a < b;
    case 'LTE':
      return a <= b;
    case 'EQ':
      return a === b;
    case 'GTE':
      return a >= b;
    case 'GT':
      return a > b;
  }
}
