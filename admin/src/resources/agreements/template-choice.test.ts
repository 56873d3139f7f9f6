import { describe, expect, it } from 'vitest';
import { templateChoices, termsFromTemplate } from './template-choice.js';

const translate = (key: string, o: Record<string, unknown> = {}) =>
  key === 'hub.agreement.templateVersionNo'
    ? `第 ${String(o.n)} 版`
    : `${key}:${String(o.code)}:${String(o.version)}`;

const row = (code: string, versionNo: number) => ({
  id: `${code}-${versionNo}`,
  code,
  versionNo,
  titleZh: `${code} 协议`,
  titleEn: `${code} agreement`,
});

describe('template choices', () => {
  it('offers each published code once, at its highest version, titled in the UI language', () => {
    const choices = templateChoices(
      [row('PHARMACY', 1), row('MED-INST', 1), row('MED-INST', 2)],
      'zh-CN',
      translate,
    );
    expect(choices).toEqual([
      { id: 'MED-INST@2', code: 'MED-INST', version: '2', name: 'MED-INST · 第 2 版 · MED-INST 协议' },
      { id: 'PHARMACY@1', code: 'PHARMACY', version: '1', name: 'PHARMACY · 第 1 版 · PHARMACY 协议' },
    ]);
    expect(templateChoices([row('PHARMACY', 1)], 'en', translate)[0]!.name).toContain('PHARMACY agreement');
  });

  it('keeps a loaded value that is no published template, and adds nothing when it is one', () => {
    const kept = templateChoices([row('MED-INST', 1)], 'zh-CN', translate, {
      code: 'MED-INST',
      version: '2024版',
    });
    expect(kept.map((c) => [c.id, c.code, c.version])).toEqual([
      ['MED-INST@2024版', 'MED-INST', '2024版'],
      ['MED-INST@1', 'MED-INST', '1'],
    ]);
    expect(kept[0]!.name).toBe('hub.agreement.templateKept:MED-INST:2024版');
    expect(
      templateChoices([row('MED-INST', 1)], 'zh-CN', translate, { code: 'MED-INST', version: '1' }),
    ).toHaveLength(1);
    expect(templateChoices([], 'zh-CN', translate, { code: '', version: '' })).toEqual([]);
  });

  it("copies a template's clauses and indicators without its rule links and ladders", () => {
    const terms = termsFromTemplate({
      clauses: [
        {
          clauseNo: '9',
          titleZh: '违约',
          titleEn: 'Breach',
          bodyZh: '甲',
          bodyEn: 'A',
          ruleCodes: ['X'],
          ladder: {},
        },
      ],
      indicators: [
        { metric: 'DRUG_SHARE', comparator: 'LTE', threshold: '40', unit: 'PERCENT' },
        { metric: 'AVERAGE_COST_PER_ADMISSION', comparator: 'LTE', threshold: '980000', unit: 'FEN' },
      ],
    });
    expect(terms).toEqual({
      clauses: [{ clauseNo: '9', titleZh: '违约', titleEn: 'Breach', bodyZh: '甲', bodyEn: 'A' }],
      indicators: [
        { metric: 'DRUG_SHARE', comparator: 'LTE', threshold: '40', unit: 'PERCENT', breachMeasure: null },
        // The form takes money in yuan: 980000 fen is ¥9,800.00.
        {
          metric: 'AVERAGE_COST_PER_ADMISSION',
          comparator: 'LTE',
          threshold: '9800.00',
          unit: 'FEN',
          breachMeasure: null,
        },
      ],
    });
  });
});
