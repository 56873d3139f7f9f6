import { describe, expect, it } from 'vitest';
import { changedFields, providerClassIssues } from './rules.js';

describe('changedFields', () => {
  it('lists only fields whose value differs, with before and after', () => {
    const before = { nameZh: '甲医院', address: null as string | null, licenceScope: ['内科'] };
    expect(changedFields(before, { nameZh: '甲医院', address: '花山区', licenceScope: ['内科'] })).toEqual({
      address: { from: null, to: '花山区' },
    });
  });
  it('ignores omitted fields and treats null as clearing', () => {
    const before = { nameZh: '甲', address: '旧址' as string | null };
    expect(changedFields(before, { nameZh: undefined, address: null })).toEqual({
      address: { from: '旧址', to: null },
    });
  });
  it('compares arrays by content and order', () => {
    expect(changedFields({ scope: ['a', 'b'] }, { scope: ['b', 'a'] })).toHaveProperty('scope');
    expect(changedFields({ scope: ['a', 'b'] }, { scope: ['a', 'b'] })).toEqual({});
  });
});

describe('providerClassIssues', () => {
  it('refuses a grade on a pharmacy and a pharmacy class elsewhere', () => {
    expect(
      providerClassIssues({ kind: 'RETAIL_PHARMACY', hospitalGrade: 'GRADE_2', pharmacyClass: 'A' }),
    ).toEqual([{ path: ['input', 'hospitalGrade'], message: expect.any(String) }]);
    expect(providerClassIssues({ kind: 'HOSPITAL', hospitalGrade: 'GRADE_2', pharmacyClass: 'A' })).toEqual([
      { path: ['input', 'pharmacyClass'], message: expect.any(String) },
    ]);
    expect(providerClassIssues({ kind: 'HOSPITAL', hospitalGrade: 'GRADE_3', pharmacyClass: null })).toEqual(
      [],
    );
  });
});
