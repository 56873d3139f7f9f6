import { describe, expect, it } from 'vitest';
import { diffVersions, type Terms } from './version-diff.js';

const clause = (clauseNo: string, bodyZh = '正文') => ({
  clauseNo,
  titleZh: '标题',
  titleEn: 'Title',
  bodyZh,
  bodyEn: 'Body',
});
const v1: Terms = {
  versionNo: 1,
  templateCode: 'MAS-2019',
  templateVersion: '1',
  clauses: [clause('1'), clause('2'), clause('10')],
  indicators: [
    { metric: 'DRUG_SHARE', comparator: 'LTE', threshold: '40.0000', unit: 'PERCENT' },
    { metric: 'WESTERN_DRUG_STOCKING_RATE', comparator: 'GTE', threshold: '80', unit: 'PERCENT' },
  ],
};

describe('diffVersions', () => {
  it('has nothing to compare for the first version', () => {
    expect(diffVersions(null, v1)).toEqual({ template: null, clauses: [], indicators: [] });
  });

  it('finds added, removed and changed clauses and indicators, and a template change', () => {
    const v2: Terms = {
      versionNo: 2,
      templateCode: 'MAS-2021',
      templateVersion: '1',
      clauses: [clause('1'), clause('2', '新正文'), clause('11')],
      indicators: [
        { metric: 'DRUG_SHARE', comparator: 'LTE', threshold: '35', unit: 'PERCENT' },
        { metric: 'WESTERN_DRUG_STOCKING_RATE', comparator: 'GTE', threshold: '80.00', unit: 'PERCENT' },
      ],
    };
    const diff = diffVersions(v1, v2);
    expect(diff.template).toEqual({ before: 'MAS-2019 1', after: 'MAS-2021 1' });
    expect(diff.clauses.map((c) => [c.kind, c.key])).toEqual([
      ['changed', '2'],
      ['removed', '10'],
      ['added', '11'],
    ]);
    // 80 and 80.00 are the same threshold: exact decimals differ only in scale.
    expect(diff.indicators.map((c) => [c.kind, c.key])).toEqual([['changed', 'DRUG_SHARE']]);
  });
});
