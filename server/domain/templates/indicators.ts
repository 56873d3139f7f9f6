import type { Comparator, IndicatorMetric } from '../../db/generated/prisma/enums.js';

/**
 * Control indicators measured from one agreement's settled claims in one month or quarter
 * (docs/domain/agreements.md "Terms"; which period an indicator is judged over:
 * indicator-periods.ts). The aggregate is what SQL sums per agreement and month; this module
 * turns it into the indicator values and compares them with thresholds, so the arithmetic
 * (integer fen, rounding, empty months) is one tested function whatever computed the sums.
 */
export interface MonthAggregate {
  /** Outpatient, pharmacy and chronic-disease outpatient claims. */
  visits: number;
  visitTotalFen: bigint;
  /** Inpatient claims discharged in the month. */
  admissions: number;
  admissionTotalFen: bigint;
  /** Inpatient days of those admissions. */
  bedDays: number;
  /** Admissions of a person discharged from the same provider within the readmission window. */
  readmissions: number;
  /** All claims of the month. */
  totalFen: bigint;
  /** Western, patent Chinese and herbal drug lines. */
  drugFen: bigint;
  fundPaidFen: bigint;
  /** Fund paid from 1 January to the end of this month. */
  fundPaidYearToDateFen: bigint;
}

/** Indicators that claims measure (stocking rates come from monthly reports, scores from assessments). */
export const CLAIM_METRICS: readonly IndicatorMetric[] = [
  'AVERAGE_COST_PER_VISIT',
  'AVERAGE_COST_PER_ADMISSION',
  'DRUG_SHARE',
  'AVERAGE_LENGTH_OF_STAY',
  'READMISSION_RATE',
  'ANNUAL_PAYMENT_LIMIT',
];

/** A measured value: `null` when the month has nothing to divide by (no visits, no stays). */
export type Measured = { value: string | null; numerator: string; denominator: string };

const pct = (num: bigint, den: bigint): string | null => (den === 0n ? null : ratio(num * 100n, den, 2));
const avg = (num: bigint, den: number): string | null => (den === 0 ? null : ratio(num, BigInt(den), 0));

/** num/den rounded half-up to `places` decimals, as a decimal string (no floating point). */
export function ratio(num: bigint, den: bigint, places: number): string {
  const scale = 10n ** BigInt(places);
  const q = (num * scale * 2n + den) / (den * 2n);
  if (places === 0) return q.toString();
  const s = q.toString().padStart(places + 1, '0');
  return `${s.slice(0, -places)}.${s.slice(-places)}`;
}

export function measure(metric: IndicatorMetric, a: MonthAggregate): Measured | null {
  switch (metric) {
    case 'AVERAGE_COST_PER_VISIT':
      return {
        value: avg(a.visitTotalFen, a.visits),
        numerator: String(a.visitTotalFen),
        denominator: String(a.visits),
      };
    case 'AVERAGE_COST_PER_ADMISSION':
      return {
        value: avg(a.admissionTotalFen, a.admissions),
        numerator: String(a.admissionTotalFen),
        denominator: String(a.admissions),
      };
    case 'DRUG_SHARE':
      return {
        value: pct(a.drugFen, a.totalFen),
        numerator: String(a.drugFen),
        denominator: String(a.totalFen),
      };
    case 'AVERAGE_LENGTH_OF_STAY':
      return {
        value: a.admissions === 0 ? null : ratio(BigInt(a.bedDays), BigInt(a.admissions), 2),
        numerator: String(a.bedDays),
        denominator: String(a.admissions),
      };
    case 'READMISSION_RATE':
      return {
        value: pct(BigInt(a.readmissions), BigInt(a.admissions)),
        numerator: String(a.readmissions),
        denominator: String(a.admissions),
      };
    case 'ANNUAL_PAYMENT_LIMIT':
      // Compared with the limit itself: the fund paid so far this year.
      return {
        value: String(a.fundPaidYearToDateFen),
        numerator: String(a.fundPaidYearToDateFen),
        denominator: '1',
      };
    default:
      // Stocking rates come from monthly reports, the on-time rate from the reporting duty and
      // the assessment score from assessments: not from claims.
      return null;
  }
}

/** Whether a measured value satisfies its threshold, compared exactly as decimals. */
export function satisfies(value: string, comparator: Comparator, threshold: string): boolean {
  const c = compareDecimal(value, threshold);
  switch (comparator) {
    case 'LT':
      return c < 0;
    case 'LTE':
      return c <= 0;
    case 'EQ':
      return c === 0;
    case 'GTE':
      return c >= 0;
    case 'GT':
      return c > 0;
  }
}

/** Compares two decimal strings exactly (up to 4 decimals, as thresholds are stored). */
export function compareDecimal(a: string, b: string): number {
  const scaled = (s: string) => {
    const neg = s.startsWith('-');
    const [i, f = ''] = (neg ? s.slice(1) : s).split('.');
    const v = BigInt(i || '0') * 10_000n + BigInt((f + '0000').slice(0, 4));
    return neg ? -v : v;
  };
  const d = scaled(a) - scaled(b);
  return d < 0n ? -1 : d > 0n ? 1 : 0;
}

/** A month without claims. */
export const EMPTY_AGGREGATE: MonthAggregate = Object.freeze({
  visits: 0,
  visitTotalFen: 0n,
  admissions: 0,
  admissionTotalFen: 0n,
  bedDays: 0,
  readmissions: 0,
  totalFen: 0n,
  drugFen: 0n,
  fundPaidFen: 0n,
  fundPaidYearToDateFen: 0n,
});

/** Sum of several months' aggregates (the year-to-date payment is the latest month's). */
export function addAggregates(months: readonly MonthAggregate[]): MonthAggregate {
  return months.reduce(
    (s, m) => ({
      visits: s.visits + m.visits,
      visitTotalFen: s.visitTotalFen + m.visitTotalFen,
      admissions: s.admissions + m.admissions,
      admissionTotalFen: s.admissionTotalFen + m.admissionTotalFen,
      bedDays: s.bedDays + m.bedDays,
      readmissions: s.readmissions + m.readmissions,
      totalFen: s.totalFen + m.totalFen,
      drugFen: s.drugFen + m.drugFen,
      fundPaidFen: s.fundPaidFen + m.fundPaidFen,
      fundPaidYearToDateFen: m.fundPaidYearToDateFen,
    }),
    EMPTY_AGGREGATE,
  );
}
