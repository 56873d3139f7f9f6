import { describe, expect, it } from 'vitest';
import { contentHash, isLate, meets, reportDueOn, stockingRates } from './rules.js';

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('monthly report deadline', () => {
  it('falls on the insurer’s day of the next month, clamped to that month’s end', () => {
    expect(reportDueOn('2026-10', 10)).toEqual(d('2026-11-10'));
    expect(reportDueOn('2026-12', 10)).toEqual(d('2027-01-10'));
    expect(reportDueOn('2026-01', 31)).toEqual(d('2026-02-28'));
  });
  it('is late only after the due day', () => {
    expect(isLate(d('2026-11-10'), d('2026-11-10'))).toBe(false);
    expect(isLate(d('2026-11-11'), d('2026-11-10'))).toBe(true);
  });
});

describe('stocking rate (备药率)', () => {
  const formulary = [
    { drugCode: 'W1', category: 'WESTERN' as const },
    { drugCode: 'W2', category: 'WESTERN' as const },
    { drugCode: 'W3', category: 'WESTERN' as const },
    { drugCode: 'C1', category: 'PATENT_CHINESE' as const },
  ];
  it('counts formulary drugs bought (quantity > 0), rounded down to 0.01 %', () => {
    expect(
      stockingRates(formulary, [
        { drugCode: 'W1', quantity: 1 },
        { drugCode: 'W2', quantity: 0 },
        { drugCode: 'X', quantity: 9 },
      ]),
    ).toEqual([
      { category: 'WESTERN', listed: 3, stocked: 1, ratePercent: '33.33' },
      { category: 'PATENT_CHINESE', listed: 1, stocked: 0, ratePercent: '0.00' },
    ]);
  });
  it('compares with the indicator exactly', () => {
    expect(meets('80.00', 'GTE', '80')).toBe(true);
    expect(meets('79.99', 'GTE', '80.0000')).toBe(false);
    expect(meets('40.00', 'LTE', '40.5')).toBe(true);
  });
  it('recognises the same batch in any order', () => {
    const a = {
      drugCode: 'W1',
      drugName: 'a',
      maker: 'm',
      channel: 'c',
      category: 'WESTERN' as const,
      unitPriceFen: 1n,
      quantity: 1,
    };
    const b = { ...a, drugCode: 'W2' };
    expect(contentHash([a, b])).toBe(contentHash([b, a]));
    expect(contentHash([a, b])).not.toBe(contentHash([a, { ...b, quantity: 2 }]));
  });
});
