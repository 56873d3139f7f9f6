import { describe, expect, it } from 'vitest';
import { claimInput, SETTLEMENT_CLOCK_SKEW_MS } from './claim-input.js';
import { fieldMessageZh } from '../field-messages.js';

/** A valid inpatient claim; each case changes what it needs. */
const stay = (over: Record<string, unknown> = {}) => ({
  settlementId: 'JS-1',
  providerCode: 'P1',
  insuredIdNumber: '110101197005010011',
  insuranceType: 'EMPLOYEE',
  visitType: 'INPATIENT',
  settlementCategory: 'INPATIENT',
  admittedOn: '2026-03-28',
  dischargedOn: '2026-04-01',
  settledAt: '2026-04-01T02:00:00Z',
  diagnoses: ['J18.9'],
  totalFen: '1000',
  fundFen: '700',
  accountFen: '0',
  selfFen: '300',
  lines: [{ catalogueCode: 'X', name: '药', category: 'WESTERN_DRUG', quantity: '1', unitPriceFen: '1000', amountFen: '1000', servedOn: '2026-03-28' }],
  ...over,
});

const issues = (value: unknown) => {
  const r = claimInput.safeParse(value);
  return r.success ? [] : r.error.issues.map((i) => [i.path.join('.'), i.message]);
};

describe('the settlement time of a claim is checked, not trusted', () => {
  it('accepts a stay settled on its discharge day in China time, though the UTC day is the day before', () => {
    // 2026-03-31T16:30Z is 00:30 on 1 April in Beijing.
    expect(issues(stay({ settledAt: '2026-03-31T16:30:00Z' }))).toEqual([]);
    expect(issues(stay({ settledAt: '2026-04-01T00:30:00+08:00' }))).toEqual([]);
  });

  it('refuses a stay settled before its discharge day (23:59 Beijing on the day before)', () => {
    expect(issues(stay({ settledAt: '2026-03-31T15:59:00Z' }))).toEqual([
      ['settledAt', 'an inpatient claim is settled on or after its discharge day (China day)'],
    ]);
  });

  it('refuses a claim settled before the admission day, and names that rather than the discharge', () => {
    expect(issues(stay({ settledAt: '2026-03-27T10:00:00Z' }))).toEqual([['settledAt', 'must not be before admittedOn (China day)']]);
  });

  it('refuses a discharge before the admission', () => {
    expect(issues(stay({ admittedOn: '2026-04-02' }))).toContainEqual(['dischargedOn', 'must not be before admittedOn']);
  });

  it('judges an outpatient claim, which has no stay, only by the clock', () => {
    const visit = stay({ visitType: 'OUTPATIENT', settlementCategory: 'GENERAL_OUTPATIENT', admittedOn: null, dischargedOn: null, settledAt: '2020-01-01T00:00:00Z' });
    expect(issues(visit)).toEqual([]);
  });

  it('leaves a settlement time refused for its form to that refusal alone', () => {
    expect(issues(stay({ settledAt: '0000-01-01T00:00:00Z' }))).toEqual([['settledAt', 'must be between 2000 and 2099']]);
  });

  it('refuses a claim settled in the future beyond the clock skew, and accepts one within it', () => {
    const at = (ms: number) => new Date(Date.now() + ms).toISOString();
    const future = stay({ settledAt: at(SETTLEMENT_CLOCK_SKEW_MS + 60_000), admittedOn: null, dischargedOn: null, visitType: 'OUTPATIENT', settlementCategory: 'GENERAL_OUTPATIENT' });
    expect(issues(future)).toEqual([['settledAt', 'a claim cannot be settled in the future']]);
    const skewed = stay({ settledAt: at(60_000), admittedOn: null, dischargedOn: null, visitType: 'OUTPATIENT', settlementCategory: 'GENERAL_OUTPATIENT' });
    expect(issues(skewed)).toEqual([]);
  });

  it('says each refusal in Chinese too', () => {
    for (const message of [
      'a claim cannot be settled in the future',
      'must not be before admittedOn (China day)',
      'an inpatient claim is settled on or after its discharge day (China day)',
    ])
      expect(fieldMessageZh(message)).toMatch(/[\u4e00-\u9fff]/);
  });
});
