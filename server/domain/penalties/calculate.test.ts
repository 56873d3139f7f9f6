import { describe, expect, it } from 'vitest';
import { calculatePenalty, formatMultiple, multiplyFen, parseMultiple } from './calculate.js';

const fields = (r: ReturnType<typeof calculatePenalty>) =>
  r.ok ? [] : r.issues.map((i) => i.path.join('.'));

describe('multiples in exact arithmetic', () => {
  it('parses and formats two-place decimals as hundredths', () => {
    expect(parseMultiple('2')).toBe(200n);
    expect(parseMultiple('2.5')).toBe(250n);
    expect(parseMultiple('1.55')).toBe(155n);
    expect(parseMultiple('1.555')).toBeNull();
    expect(parseMultiple('-2')).toBeNull();
    expect(parseMultiple('2e0')).toBeNull();
    expect(formatMultiple(250n)).toBe('2.50');
  });
  it('S2 (docs/domain/sources.md): 36,430 yuan deducted at 2× is exactly 72,860 yuan', () => {
    expect(multiplyFen(3_643_000n, 200n)).toBe(7_286_000n);
  });
  it('rounds a fraction of a fen half up', () => {
    expect(multiplyFen(1n, 150n)).toBe(2n); // 1.5 fen → 2
    expect(multiplyFen(1n, 140n)).toBe(1n); // 1.4 fen → 1
    expect(multiplyFen(9_007_199_254_740_993n, 300n)).toBe(27_021_597_764_222_979n); // beyond float precision
  });
});

describe('calculatePenalty', () => {
  it('DEDUCTION at 2× from the violating amount', () => {
    const r = calculatePenalty({ measure: 'DEDUCTION', violatingAmountFen: 3_643_000n, multiple: '2' });
    expect(r).toEqual({
      ok: true,
      value: {
        target: 'PROVIDER',
        baseAmountFen: 3_643_000n,
        multiple: '2.00',
        amountFen: 7_286_000n,
        durationMonths: null,
        insuredSuspensionScope: null,
      },
    });
  });
  it('refuses DEDUCTION without a multiple or outside 1–5×', () => {
    expect(fields(calculatePenalty({ measure: 'DEDUCTION', violatingAmountFen: 100n }))).toEqual([
      'input.multiple',
    ]);
    expect(
      fields(calculatePenalty({ measure: 'LIQUIDATED_DAMAGES', violatingAmountFen: 100n, multiple: '0.99' })),
    ).toEqual(['input.multiple']);
    expect(
      fields(calculatePenalty({ measure: 'LIQUIDATED_DAMAGES', violatingAmountFen: 100n, multiple: '5.01' })),
    ).toEqual(['input.multiple']);
    expect(
      calculatePenalty({ measure: 'LIQUIDATED_DAMAGES', violatingAmountFen: 100n, multiple: '5.00' }).ok,
    ).toBe(true);
  });
  it('administrative fine referral is 2–5×', () => {
    expect(
      fields(
        calculatePenalty({
          measure: 'ADMINISTRATIVE_FINE_REFERRAL',
          violatingAmountFen: 100n,
          multiple: '1.99',
        }),
      ),
    ).toEqual(['input.multiple']);
    const r = calculatePenalty({
      measure: 'ADMINISTRATIVE_FINE_REFERRAL',
      violatingAmountFen: 100n,
      multiple: '2',
    });
    expect(r.ok && r.value.amountFen).toBe(200n);
  });
  it('RECOVERY is the violating amount and takes no multiple', () => {
    const r = calculatePenalty({ measure: 'RECOVERY', violatingAmountFen: 1_300_000n });
    expect(r.ok && r.value.amountFen).toBe(1_300_000n);
    expect(fields(calculatePenalty({ measure: 'RECOVERY', violatingAmountFen: 1n, multiple: '2' }))).toEqual([
      'input.multiple',
    ]);
  });
  it('physician billing suspension: 12–60 months and a physician', () => {
    const ok = calculatePenalty({
      measure: 'PHYSICIAN_BILLING_SUSPENSION',
      violatingAmountFen: 0n,
      durationMonths: 60,
      physicianId: 'ph',
    });
    expect(ok.ok && ok.value).toMatchObject({ target: 'PHYSICIAN', durationMonths: 60, amountFen: null });
    expect(
      calculatePenalty({
        measure: 'PHYSICIAN_BILLING_SUSPENSION',
        violatingAmountFen: 0n,
        durationMonths: 12,
        physicianId: 'ph',
      }).ok,
    ).toBe(true);
    expect(
      fields(
        calculatePenalty({
          measure: 'PHYSICIAN_BILLING_SUSPENSION',
          violatingAmountFen: 0n,
          durationMonths: 11,
          physicianId: 'ph',
        }),
      ),
    ).toEqual(['input.durationMonths']);
    expect(
      fields(
        calculatePenalty({
          measure: 'PHYSICIAN_BILLING_SUSPENSION',
          violatingAmountFen: 0n,
          durationMonths: 61,
        }),
      ),
    ).toEqual(['input.physicianId', 'input.durationMonths']);
  });
  it('insured settlement suspension defaults to the one-year chronic-disease term and needs the person', () => {
    const r = calculatePenalty({
      measure: 'INSURED_SETTLEMENT_SUSPENSION',
      violatingAmountFen: 0n,
      insuredPersonId: 'ip',
    });
    expect(r.ok && r.value).toMatchObject({ target: 'INSURED_PERSON', durationMonths: 12 });
    expect(
      fields(calculatePenalty({ measure: 'INSURED_SETTLEMENT_SUSPENSION', violatingAmountFen: 0n })),
    ).toEqual(['input.insuredPersonId']);
    expect(
      fields(
        calculatePenalty({
          measure: 'INSURED_SETTLEMENT_SUSPENSION',
          violatingAmountFen: 0n,
          insuredPersonId: 'ip',
          durationMonths: 13,
        }),
      ),
    ).toEqual(['input.durationMonths']);
  });
  it("insured suspension scope: every direct settlement by default, CHRONIC_PHARMACY kept, refused on another measure", () => {
    const scopeOf = (insuredSuspensionScope?: 'CHRONIC_PHARMACY') => {
      const r = calculatePenalty({ measure: 'INSURED_SETTLEMENT_SUSPENSION', violatingAmountFen: 0n, insuredPersonId: 'ip', insuredSuspensionScope });
      return r.ok ? r.value.insuredSuspensionScope : null;
    };
    expect(scopeOf()).toBe('ALL_DIRECT_SETTLEMENT');
    expect(scopeOf('CHRONIC_PHARMACY')).toBe('CHRONIC_PHARMACY');
    const recovery = calculatePenalty({ measure: 'RECOVERY', violatingAmountFen: 100n, insuredSuspensionScope: 'CHRONIC_PHARMACY' });
    expect(fields(recovery)).toEqual(['input.insuredSuspensionScope']);
    expect(calculatePenalty({ measure: 'RECOVERY', violatingAmountFen: 100n })).toMatchObject({ ok: true, value: { insuredSuspensionScope: null } });
  });
  it('rectification needs a due date; a warning takes no duration', () => {
    expect(fields(calculatePenalty({ measure: 'RECTIFICATION', violatingAmountFen: 0n }))).toEqual([
      'input.rectificationDueOn',
    ]);
    expect(
      fields(calculatePenalty({ measure: 'WARNING', violatingAmountFen: 0n, durationMonths: 3 })),
    ).toEqual(['input.durationMonths']);
    expect(calculatePenalty({ measure: 'AGREEMENT_TERMINATION', violatingAmountFen: 5n }).ok).toBe(true);
  });
});

describe('amounts the API can carry', () => {
  it('refuses a multiple that takes the amount beyond the largest exact amount, naming the multiple', () => {
    const largest = BigInt(Number.MAX_SAFE_INTEGER);
    const r = calculatePenalty({ measure: 'LIQUIDATED_DAMAGES', violatingAmountFen: largest, multiple: '2' });
    expect(fields(r)).toEqual(['input.multiple']);
    expect(r.ok ? null : r.issues[0]!.messageZh).toMatch(/超出系统可处理的最大金额/);
    expect(calculatePenalty({ measure: 'DEDUCTION', violatingAmountFen: largest, multiple: '1' }).ok).toBe(true);
  });
});

describe('refusals in the clerk’s language', () => {
  it('words every refusal in Chinese too, naming the measure as the console does, never by its code (a form showed "DEDUCTION multiple must be between…")', () => {
    const refused = [
      calculatePenalty({ measure: 'DEDUCTION', violatingAmountFen: 100n, multiple: '7' }),
      calculatePenalty({ measure: 'DEDUCTION', violatingAmountFen: 100n }),
      calculatePenalty({ measure: 'RECOVERY', violatingAmountFen: 100n, multiple: '2' }),
      calculatePenalty({ measure: 'PHYSICIAN_BILLING_SUSPENSION', violatingAmountFen: 0n }),
      calculatePenalty({ measure: 'INSURED_SETTLEMENT_SUSPENSION', violatingAmountFen: 0n, durationMonths: 24 }),
      calculatePenalty({ measure: 'RECTIFICATION', violatingAmountFen: 0n, durationMonths: 3 }),
      calculatePenalty({ measure: 'WARNING', violatingAmountFen: 0n, durationMonths: 3 }),
    ];
    const zh = refused.flatMap((r) => (r.ok ? [] : r.issues.map((i) => i.messageZh)));
    // English names the measure too, never its code.
    const en = refused.flatMap((r) => (r.ok ? [] : r.issues.map((i) => i.message)));
    expect(en.slice(0, 3)).toEqual([
      'Deduction: the multiple must be between 1.00 and 5.00',
      'Deduction needs a multiple such as "2.00"',
      'Recovery of funds takes no multiple',
    ]);
    for (const message of en) expect(message).not.toMatch(/\b[A-Z]+_[A-Z_]+\b|\b(DEDUCTION|RECOVERY|WARNING|RECTIFICATION)\b/);
    expect(zh).toEqual([
      '核减的倍数须在 1.00 至 5.00 之间',
      '核减须填写倍数，如 2.00',
      '追回不设倍数',
      '暂停医师医保服务资格须选择医师',
      '暂停医师医保服务资格须填写期限（12–60 个月）',
      '暂停参保人直接结算须选择参保人',
      '暂停参保人直接结算的期限为 1–12 个月',
      '限期整改须填写整改期限',
      '限期整改不设期限',
      '警告不设期限',
    ]);
  });
});
