import { describe, expect, it } from 'vitest';
import { explainHit } from './explain-hit.js';
import { RULES } from './rules/index.js';

describe('explainHit', () => {
  it("joins each offence in the rule's words, zh and en", () => {
    const detailJson = [
      { line: 1, code: 'A', quantity: 12, maxQuantity: 10, lines: [1] },
      { line: 3, code: 'B', quantity: 4, maxQuantity: 2, lines: [3, 4] },
    ];
    expect(explainHit({ ruleKey: 'QUANTITY_OVER_LIMIT', detailJson, detail: null })).toEqual({
      zh: '第1行 A 数量 12 超过限量 10；第3、4行 B 数量 4 超过限量 2',
      en: 'line 1 A: quantity 12 over the limit of 10; lines 3, 4 B: quantity 4 over the limit of 2',
    });
  });

  it("states a breached indicator's value and threshold; its stored Chinese sentence is kept", () => {
    const detailJson = { indicator: { metric: 'DRUG_SHARE', month: '2026-03-01', value: '0.52', comparator: '<=', threshold: '0.45' }, clause: null };
    expect(explainHit({ ruleKey: null, detailJson, detail: '药占比 0.52，控制值 <= 0.45（2026-03）' })).toEqual({
      zh: '药占比 0.52，控制值 <= 0.45（2026-03）',
      en: 'DRUG_SHARE 0.52, threshold <= 0.45 (2026-03)',
    });
  });

  it('has nothing to say for a hit raised by hand or an unknown rule', () => {
    expect(explainHit({ ruleKey: null, detailJson: null, detail: 'free text' })).toBeNull();
    expect(explainHit({ ruleKey: 'NO_SUCH_RULE', detailJson: [{ line: 1 }], detail: null })).toBeNull();
  });

  it('no shipped rule throws on a detail missing its fields (a hit stored by an older version)', () => {
    for (const rule of RULES) {
      const e = rule.explain({});
      expect(e.zh.length, rule.key).toBeGreaterThan(0);
      expect(e.en.length, rule.key).toBeGreaterThan(0);
    }
  });
});
