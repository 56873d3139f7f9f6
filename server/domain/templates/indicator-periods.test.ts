import { describe, expect, it } from 'vitest';
import { EMPTY_AGGREGATE, type MonthAggregate } from './indicators.js';
import { indicatorPeriod, judgeable, periodPartial, quarterStart, withQuarterToDate } from './indicator-periods.js';

describe('indicator periods', () => {
  it('judges a partial month only on the year-to-date payment limit', () => {
    expect(judgeable('DRUG_SHARE', true)).toBe(false);
    expect(judgeable('ANNUAL_PAYMENT_LIMIT', true)).toBe(true);
    expect(judgeable('DRUG_SHARE', false)).toBe(true);
  });
  it('judges average costs by quarter and the rest by month (S3)', () => {
    const march = new Date(Date.UTC(2026, 2, 1));
    const may = new Date(Date.UTC(2026, 4, 1));
    expect(indicatorPeriod('AVERAGE_COST_PER_VISIT')).toBe('QUARTER');
    expect(indicatorPeriod('AVERAGE_LENGTH_OF_STAY')).toBe('MONTH');
    expect(periodPartial('AVERAGE_COST_PER_ADMISSION', may, true)).toBe(true);
    expect(periodPartial('AVERAGE_COST_PER_ADMISSION', march, true)).toBe(false);
    expect(periodPartial('AVERAGE_COST_PER_ADMISSION', march, false)).toBe(true);
    expect(periodPartial('DRUG_SHARE', may, true)).toBe(false);
    expect(quarterStart(may).toISOString().slice(0, 10)).toBe('2026-04-01');
  });
});

describe('quarter to date', () => {
  const m = (month: number, visits: number, ytd: bigint) => ({
    agreementId: 'a',
    providerId: 'p',
    month: new Date(Date.UTC(2026, month, 1)),
    aggregate: { ...EMPTY_AGGREGATE, visits, visitTotalFen: BigInt(visits) * 100n, fundPaidYearToDateFen: ytd } as MonthAggregate,
  });
  const iso = (d: Date) => d.toISOString().slice(0, 10);

  it('sums the quarter so far into each month, counting months before `from`', () => {
    const rows = withQuarterToDate([m(3, 2, 10n), m(4, 3, 20n)], new Date(Date.UTC(2026, 4, 1)), new Date(Date.UTC(2026, 4, 1)));
    expect(rows.map((r) => [iso(r.month), r.claimless, r.aggregate.visits, r.quarterToDate.visits])).toEqual([
      ['2026-05-01', false, 3, 5],
    ]);
    expect(rows[0]!.quarterToDate.fundPaidYearToDateFen).toBe(20n);
  });

  it('adds a claimless row at a quarter\'s last month within `to`, measured on the quarter so far', () => {
    const to = new Date(Date.UTC(2026, 5, 1));
    const rows = withQuarterToDate([m(3, 2, 10n), m(4, 3, 20n)], new Date(Date.UTC(2026, 3, 1)), to);
    const june = rows.find((r) => iso(r.month) === '2026-06-01')!;
    expect(june).toMatchObject({ claimless: true, aggregate: { visits: 0, totalFen: 0n } });
    expect(june.quarterToDate).toMatchObject({ visits: 5, visitTotalFen: 500n, fundPaidYearToDateFen: 20n });
    // Not before the quarter is within the period measured.
    const may = withQuarterToDate([m(3, 2, 10n)], new Date(Date.UTC(2026, 3, 1)), new Date(Date.UTC(2026, 4, 1)));
    expect(may.map((r) => iso(r.month))).toEqual(['2026-04-01']);
  });
});
