import { afterEach, describe, expect, it } from 'vitest';
import { claimInput, SETTLEMENT_CLOCK_SKEW_MS } from './claim-input.js';
import { fieldMessageZh } from '../field-messages.js';
import { setAgencyTimeZone } from '../shared/local-date.js';
import { monthOf } from './claim-record.js';

/** A valid inpatient claim; each case changes what it needs (lines without a total: the total is theirs, paid by the fund). */
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
  ...paidFor(over),
});

function paidFor(over: Record<string, unknown>) {
  if (!Array.isArray(over.lines) || 'totalFen' in over) return {};
  const total = String((over.lines as { amountFen: string }[]).reduce((s, l) => s + BigInt(l.amountFen), 0n));
  return { totalFen: total, fundFen: total, accountFen: '0', selfFen: '0' };
}

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
      ['settledAt', 'an inpatient claim is settled on or after its discharge day (agency day)'],
    ]);
  });

  it('refuses a claim settled before the admission day, and names that rather than the discharge', () => {
    expect(issues(stay({ settledAt: '2026-03-27T10:00:00Z' }))).toEqual([['settledAt', 'must not be before admittedOn (agency day)']]);
  });

  it('refuses a discharge before the admission', () => {
    expect(issues(stay({ admittedOn: '2026-04-02' }))).toContainEqual(['dischargedOn', 'must not be before admittedOn']);
  });

  it('judges an outpatient claim, which has no stay, only by the clock', () => {
    const visit = stay({ visitType: 'OUTPATIENT', settlementCategory: 'GENERAL_OUTPATIENT', admittedOn: null, dischargedOn: null, settledAt: '2020-01-01T00:00:00Z' });
    const line = { catalogueCode: 'X', name: '药', category: 'WESTERN_DRUG', quantity: '1', unitPriceFen: '1000', amountFen: '1000', servedOn: '2019-12-31' };
    expect(issues({ ...visit, lines: [line] })).toEqual([]);
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
      'must not be before admittedOn (agency day)',
      'an inpatient claim is settled on or after its discharge day (agency day)',
    ])
      expect(fieldMessageZh(message)).toMatch(/[\u4e00-\u9fff]/);
  });
});

describe('a line is served where the claim says care was given', () => {
  const drug = (servedOn: string) => ({ catalogueCode: 'X', name: '药', category: 'WESTERN_DRUG', quantity: '1', unitPriceFen: '500', amountFen: '500', servedOn });
  const visit = (over: Record<string, unknown> = {}) =>
    stay({ visitType: 'OUTPATIENT', settlementCategory: 'GENERAL_OUTPATIENT', admittedOn: null, dischargedOn: null, settledAt: '2026-03-10T02:00:00Z', ...over });

  it('refuses an outpatient line served after the settlement day, naming the line', () => {
    expect(issues(visit({ lines: [drug('2026-03-10'), drug('2026-03-11')] }))).toEqual([
      ['lines.1.servedOn', 'line 2 is served on 2026-03-11, after the settlement day 2026-03-10'],
    ]);
  });

  it('accepts a line served on the settlement day in China time though the UTC day is the day before', () => {
    // 2026-03-09T16:30Z is 00:30 on 10 March in Beijing.
    expect(issues(visit({ settledAt: '2026-03-09T16:30:00Z', lines: [drug('2026-03-10')] }))).toEqual([]);
    // Days before the settlement (a chronic-disease month settled at its end) are fine.
    expect(issues(visit({ lines: [drug('2026-02-20')] }))).toEqual([]);
  });

  it('refuses a stay line before the admission or after the discharge, and accepts both end days', () => {
    const lines = [drug('2026-03-27'), drug('2026-03-28'), drug('2026-04-01'), drug('2026-04-02')];
    expect(issues(stay({ lines, settledAt: '2026-04-03T02:00:00Z' }))).toEqual([
      ['lines.0.servedOn', 'line 1 is served on 2026-03-27, outside the stay 2026-03-28 to 2026-04-01'],
      ['lines.3.servedOn', 'line 4 is served on 2026-04-02, outside the stay 2026-03-28 to 2026-04-01'],
    ]);
  });

  it('says each refusal in Chinese, with the line and its days', () => {
    expect(fieldMessageZh('line 2 is served on 2026-03-11, after the settlement day 2026-03-10')).toBe('第 2 行的服务日期 2026-03-11 晚于结算日期 2026-03-10');
    expect(fieldMessageZh('line 1 is served on 2026-03-27, outside the stay 2026-03-28 to 2026-04-01')).toBe(
      '第 1 行的服务日期 2026-03-27 不在住院期间（2026-03-28 至 2026-04-01）内',
    );
  });
});

describe('the agency calendar of claims follows HUB_TIME_ZONE, not a fixed +8 hours', () => {
  afterEach(() => setAgencyTimeZone('Asia/Shanghai'));

  it('dates the settlement month and the settlement day in the configured zone', () => {
    // 2026-03-31T20:00Z is 04:00 on 1 April in Beijing, still 31 March (22:00) in Paris.
    const at = new Date('2026-03-31T20:00:00Z');
    expect(monthOf(at)).toBe('2026-04-01');
    setAgencyTimeZone('Europe/Paris');
    expect(monthOf(at)).toBe('2026-03-01');
    const outpatient = { visitType: 'OUTPATIENT', settlementCategory: 'GENERAL_OUTPATIENT', admittedOn: null, dischargedOn: null, settledAt: '2026-03-31T20:00:00Z' };
    const line = { catalogueCode: 'X', name: '药', category: 'WESTERN_DRUG', quantity: '1', unitPriceFen: '500', amountFen: '500' };
    expect(issues(stay({ ...outpatient, lines: [{ ...line, servedOn: '2026-04-01' }] }))).toEqual([
      ['lines.0.servedOn', 'line 1 is served on 2026-04-01, after the settlement day 2026-03-31'],
    ]);
    // A stay discharged on 1 April and settled at 22:00 on 31 March (Paris) is settled before its discharge.
    expect(issues(stay({ settledAt: '2026-03-31T20:00:00Z' }))).toEqual([
      ['settledAt', 'an inpatient claim is settled on or after its discharge day (agency day)'],
    ]);
  });
});

describe('a line amount is its unit price times its quantity', () => {
  const drug = (quantity: string, unitPriceFen: string, amountFen: string) =>
    ({ catalogueCode: 'X', name: '药', category: 'WESTERN_DRUG', quantity, unitPriceFen, amountFen, servedOn: '2026-03-28' });
  const claim = (...lines: ReturnType<typeof drug>[]) => {
    const total = lines.reduce((s, l) => s + BigInt(l.amountFen), 0n);
    return stay({ lines, totalFen: String(total), fundFen: String(total), selfFen: '0' });
  };

  it('refuses a line whose amount is not price × quantity, naming the line and what it should be', () => {
    expect(issues(claim(drug('2', '1000', '2000'), drug('3', '4000', '16000')))).toEqual([
      ['lines.1.amountFen', 'line 2: amount 16000 fen is not unit price 4000 fen × quantity 3 (12000 fen)'],
    ]);
    // Less than price × quantity is refused too: the record contradicts itself either way.
    expect(issues(claim(drug('2', '1000', '1000')))).toEqual([['lines.0.amountFen', 'line 1: amount 1000 fen is not unit price 1000 fen × quantity 2 (2000 fen)']]);
  });

  it('accepts the fraction of a fen rounded or cut, and nothing further', () => {
    // 0.333 × 1001 fen = 333.333 fen: 333 or 334 are the product to the fen; 335 is not.
    expect(issues(claim(drug('0.333', '1001', '333')))).toEqual([]);
    expect(issues(claim(drug('0.333', '1001', '334')))).toEqual([]);
    expect(issues(claim(drug('0.333', '1001', '335')))).toEqual([['lines.0.amountFen', 'line 1: amount 335 fen is not unit price 1001 fen × quantity 0.333 (333 fen)']]);
    // Whole fen products leave no room: 1.5 × 1000 = 1500 exactly.
    expect(issues(claim(drug('1.5', '1000', '1501')))).toHaveLength(1);
  });

  it('says it in Chinese with the line and the figures', () => {
    expect(fieldMessageZh('line 2: amount 16000 fen is not unit price 4000 fen × quantity 3 (12000 fen)')).toBe('第 2 行的金额 16000 分不等于单价 4000 分 × 数量 3（12000 分）');
  });
});

describe('an interim settlement (中途结算) is a stay settled in parts', () => {
  it('reads the mark from JSON or a CSV cell, absent as false', () => {
    const parsed = (over: Record<string, unknown>) => claimInput.parse(stay(over)).interimSettlement;
    expect(parsed({})).toBe(false);
    expect(parsed({ interimSettlement: true })).toBe(true);
    expect(parsed({ interimSettlement: '1' })).toBe(true);
    expect(parsed({ interimSettlement: 'false' })).toBe(false);
  });

  it('refuses the mark on a claim that is no stay', () => {
    const visit = stay({ visitType: 'OUTPATIENT', settlementCategory: 'GENERAL_OUTPATIENT', admittedOn: null, dischargedOn: null, interimSettlement: true });
    expect(issues(visit)).toEqual([['interimSettlement', 'only an inpatient claim is settled in parts']]);
    expect(fieldMessageZh('only an inpatient claim is settled in parts')).toMatch(/[\u4e00-\u9fff]/);
  });
});

describe("a claim's total is what its lines add up to", () => {
  const drug = (amountFen: string) => ({ catalogueCode: 'X', name: '药', category: 'WESTERN_DRUG', quantity: '1', unitPriceFen: amountFen, amountFen, servedOn: '2026-03-28' });

  it('refuses a total above or below the lines, naming their sum', () => {
    // Lines of 10.00 and 5.00 yuan under a total of 1,000.00: 985 yuan no line accounts for.
    expect(issues(stay({ lines: [drug('1000'), drug('500')], totalFen: '100000', fundFen: '70000', selfFen: '30000' }))).toEqual([
      ['totalFen', "must equal the lines' amounts added up (1500 fen)"],
    ]);
    expect(issues(stay({ lines: [drug('1000'), drug('500')], totalFen: '1000', fundFen: '700', selfFen: '300' }))).toEqual([
      ['totalFen', "must equal the lines' amounts added up (1500 fen)"],
    ]);
    expect(issues(stay({ lines: [drug('1000'), drug('500')], totalFen: '1500', fundFen: '1000', selfFen: '500' }))).toEqual([]);
    // A total the payers do not add up to is refused for that first, once.
    expect(issues(stay({ lines: [drug('1000'), drug('500')], totalFen: '1', fundFen: '1000', selfFen: '500' }))).toEqual([
      ['totalFen', 'must equal fundFen + accountFen + selfFen'],
    ]);
  });

  it('says it in Chinese', () => {
    expect(fieldMessageZh("must equal the lines' amounts added up (1500 fen)")).toBe('总金额须等于各明细金额之和（1500 分）');
  });
});
