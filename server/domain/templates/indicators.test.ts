import { describe, expect, it } from 'vitest';
import {
  compareDecimal,
  EMPTY_AGGREGATE,
  measure,
  ratio,
  satisfies,
  type MonthAggregate,
} from './indicators.js';

const empty = EMPTY_AGGREGATE;
const month: MonthAggregate = {
  visits: 3,
  visitTotalFen: 100_00n, // 100 yuan over 3 visits
  admissions: 2,
  admissionTotalFen: 19_600_01n,
  bedDays: 15,
  readmissions: 1,
  totalFen: 19_700_01n,
  drugFen: 7_880_00n,
  fundPaidFen: 15_000_00n,
  fundPaidYearToDateFen: 3_500_000_00n,
};

describe('measure', () => {
  it('averages cost per visit and per stay in whole fen, rounding half up', () => {
    expect(measure('AVERAGE_COST_PER_VISIT', month)?.value).toBe('3333');
    expect(measure('AVERAGE_COST_PER_ADMISSION', month)?.value).toBe('980001');
  });
  it('computes the drug share and readmission rate as percentages with 2 decimals', () => {
    expect(measure('DRUG_SHARE', month)?.value).toBe('40.00');
    expect(measure('READMISSION_RATE', month)?.value).toBe('50.00');
  });
  it('computes the average length of stay in days', () => {
    expect(measure('AVERAGE_LENGTH_OF_STAY', month)?.value).toBe('7.50');
  });
  it('measures the payment limit as the fund paid year to date', () => {
    expect(measure('ANNUAL_PAYMENT_LIMIT', month)?.value).toBe('350000000');
  });
  it('leaves an empty month unmeasured instead of dividing by zero', () => {
    for (const m of [
      'AVERAGE_COST_PER_VISIT',
      'AVERAGE_COST_PER_ADMISSION',
      'DRUG_SHARE',
      'AVERAGE_LENGTH_OF_STAY',
      'READMISSION_RATE',
    ] as const) {
      expect(measure(m, empty)?.value).toBeNull();
    }
    expect(measure('ANNUAL_PAYMENT_LIMIT', empty)?.value).toBe('0');
  });
  it('does not measure indicators that do not come from claims', () => {
    expect(measure('WESTERN_DRUG_STOCKING_RATE', month)).toBeNull();
    expect(measure('ASSESSMENT_SCORE', month)).toBeNull();
  });
});

describe('judging', () => {
  it('compares decimals exactly', () => {
    expect(compareDecimal('980001', '980000.0000')).toBe(1);
    expect(compareDecimal('40.00', '40')).toBe(0);
    expect(compareDecimal('39.9999', '40')).toBe(-1);
    expect(compareDecimal('-1.5', '-1.25')).toBe(-1);
  });
  it('applies each comparator', () => {
    expect(satisfies('980001', 'LTE', '980000')).toBe(false);
    expect(satisfies('980000', 'LTE', '980000')).toBe(true);
    expect(satisfies('40.00', 'LT', '40')).toBe(false);
    expect(satisfies('80', 'GTE', '80')).toBe(true);
    expect(satisfies('79.99', 'GTE', '80')).toBe(false);
    expect(satisfies('5', 'GT', '5')).toBe(false);
    expect(satisfies('5', 'EQ', '5.0')).toBe(true);
  });
  it('rounds ratios half up', () => {
    expect(ratio(1n, 3n, 2)).toBe('0.33');
    expect(ratio(2n, 3n, 2)).toBe('0.67');
    expect(ratio(5n, 2n, 0)).toBe('3');
    expect(ratio(1n, 200n, 2)).toBe('0.01');
  });
});
