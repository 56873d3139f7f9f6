import type { Comparator, IndicatorMetric } from '../../db/generated/prisma/enums.js';
import { addMonths } from '../shared/dates.js';
import { addAggregates, EMPTY_AGGREGATE, measure, satisfies, type Measured, type MonthAggregate } from './indicators.js';

/**
 * The period an indicator is judged over. Average costs per visit and per stay are assessed by
 * quarter (S3, Guiyang: "次均费用（按季度考核）和住院床日数（按月考核）"), so one dear month is
 * not a breach when the quarter's average keeps within the limit; the other claim indicators,
 * length of stay among them, are judged by month.
 */
export type IndicatorPeriod = 'MONTH' | 'QUARTER';
const QUARTERLY: ReadonlySet<IndicatorMetric> = new Set(['AVERAGE_COST_PER_VISIT', 'AVERAGE_COST_PER_ADMISSION']);
export function indicatorPeriod(metric: IndicatorMetric): IndicatorPeriod {
  return QUARTERLY.has(metric) ? 'QUARTER' : 'MONTH';
}

/** First month of the quarter holding `month` (a first day of a month, UTC). */
export function quarterStart(month: Date): Date {
  return new Date(Date.UTC(month.getUTCFullYear(), month.getUTCMonth() - (month.getUTCMonth() % 3), 1));
}

/**
 * Whether the value measured for `month` covers only part of its indicator's period: a month
 * not yet over (`monthOver` false), or, for a quarterly indicator, any month but the quarter's
 * last (its value is the quarter so far).
 */
export function periodPartial(metric: IndicatorMetric, month: Date, monthOver: boolean): boolean {
  if (!monthOver) return true;
  return indicatorPeriod(metric) === 'QUARTER' && month.getUTCMonth() % 3 !== 2;
}

/**
 * A measured period that has not ended is measured but judged only for the year-to-date payment
 * limit (which can only grow, so a breach is final at once); averages and shares of a partial
 * period can still move either way, so they breach only when the period is complete.
 */
export function judgeable(metric: IndicatorMetric, partial: boolean): boolean {
  return !partial || metric === 'ANNUAL_PAYMENT_LIMIT';
}

/** One agreement's claims in one settlement month, with the quarter so far beside the month. */
export interface AgreementMonth {
  agreementId: string;
  providerId: string;
  month: Date;
  aggregate: MonthAggregate;
  /** The quarter's months up to and including this one (quarterly indicators are judged on it). */
  quarterToDate: MonthAggregate;
  /** A quarter's last month without claims, there only for the quarterly indicators. */
  claimless: boolean;
}

/** The aggregate an indicator is measured on for this month: the month's, or the quarter so far. */
export function periodAggregate(metric: IndicatorMetric, m: AgreementMonth): MonthAggregate {
  return indicatorPeriod(metric) === 'QUARTER' ? m.quarterToDate : m.aggregate;
}

type ClaimMonth = Omit<AgreementMonth, 'quarterToDate' | 'claimless'>;

/**
 * The months `from`..`to` of `months` (every month with claims from 1 January, so a quarter's
 * earlier months count even when `from` is mid-quarter), each with its quarter so far. A quarter
 * is judged at its last month, claims or not: a quarter whose last month had no claims gets a
 * claimless row there, measured for the quarterly indicators only.
 */
export function withQuarterToDate(months: readonly ClaimMonth[], from: Date, to: Date): AgreementMonth[] {
  const all = months.map((r) => ({ ...r, claimless: false }));
  const ends = new Map<string, (typeof all)[number]>();
  for (const r of all) {
    const end = addMonths(quarterStart(r.month), 2);
    const key = `${r.agreementId}|${end.getTime()}`;
    if (end.getTime() <= to.getTime() && !ends.has(key)) ends.set(key, { ...r, month: end, claimless: true });
  }
  for (const r of all) ends.delete(`${r.agreementId}|${r.month.getTime()}`);
  const claimless = [...ends.values()].map((r) => ({
    ...r,
    aggregate: { ...EMPTY_AGGREGATE, fundPaidYearToDateFen: r.aggregate.fundPaidYearToDateFen },
  }));
  return [...all, ...claimless]
    .filter((r) => r.month.getTime() >= from.getTime())
    .map((r) => {
      const q = quarterStart(r.month).getTime();
      const quarter = all
        .filter(
          (o) => o.agreementId === r.agreementId && o.month.getTime() >= q && o.month.getTime() <= r.month.getTime(),
        )
        .sort((a, b) => a.month.getTime() - b.month.getTime());
      return { ...r, quarterToDate: addAggregates(quarter.map((o) => o.aggregate)) };
    });
}

/** An indicator measured on one agreement month over its period, and whether it breaches its limit. */
export interface PeriodJudgement {
  measured: Measured;
  /** The value covers only part of the indicator's period (see `periodPartial`). */
  partial: boolean;
  breached: boolean;
}

/**
 * Measures `metric` for an agreement month over the indicator's period and judges it against
 * `limit` (none: measured, never breached). `null` when there is nothing to measure: a monthly
 * indicator on a claimless quarter-end row, or a metric claims do not measure. The one judgement
 * both the measuring run and the what-if replay use, so the two cannot disagree on a month.
 */
export function judgeAgreementMonth(
  metric: IndicatorMetric,
  m: AgreementMonth,
  monthOver: boolean,
  limit: { comparator: Comparator; threshold: string } | undefined,
): PeriodJudgement | null {
  if (m.claimless && indicatorPeriod(metric) !== 'QUARTER') return null;
  const partial = periodPartial(metric, m.month, monthOver);
  const measured = measure(metric, periodAggregate(metric, m));
  if (!measured) return null;
  const breached =
    measured.value !== null &&
    !!limit &&
    judgeable(metric, partial) &&
    !satisfies(measured.value, limit.comparator, limit.threshold);
  return { measured, partial, breached };
}
