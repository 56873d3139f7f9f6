import { describe, expect, it } from 'vitest';
import { applicationInput, ownProviderDefaults, scopeList } from './application-input.js';

describe('designation application form → ApplyForDesignationInput', () => {
  it('splits the licensed scope on Chinese and Latin separators', () => {
    expect(scopeList(' 内科、外科，儿科; 中医科  康复医学科 ')).toEqual(['内科', '外科', '儿科', '中医科', '康复医学科']);
    expect(scopeList(undefined)).toEqual([]);
  });

  it('sends the class that fits the kind, drops empty materials, and names no insurer unless asked', () => {
    const input = applicationInput({
      applicantNameZh: ' 马鞍山市测试药店 ',
      applicantNameEn: 'Test Pharmacy',
      kind: 'RETAIL_PHARMACY',
      hospitalGrade: 'GRADE_2',
      pharmacyClass: 'A',
      ownership: 'PRIVATE',
      licenceScope: '药品零售',
      regionCode: '340503',
      address: '',
      materials: [{ title: '营业执照', ref: 'MAS-2026-001' }, { title: '', ref: ' ' }],
    });
    expect(input).toEqual({
      applicantNameZh: '马鞍山市测试药店',
      applicantNameEn: 'Test Pharmacy',
      kind: 'RETAIL_PHARMACY',
      hospitalGrade: null,
      pharmacyClass: 'A',
      ownership: 'PRIVATE',
      licenceScope: ['药品零售'],
      regionCode: '340503',
      address: null,
      materials: [{ title: '营业执照', ref: 'MAS-2026-001' }],
    });
    expect(applicationInput({ kind: 'HOSPITAL', hospitalGrade: 'GRADE_2', pharmacyClass: 'A', insurerId: 'SW5z' })).toMatchObject({
      hospitalGrade: 'GRADE_2',
      pharmacyClass: null,
      insurerId: 'SW5z',
    });
  });

  it('a provider’s staff apply as their provider: its particulars fill the form and its id is sent', () => {
    const defaults = ownProviderDefaults({
      id: 'UHJvdmlkZXI6MQ==',
      nameZh: '胡松中西医诊所',
      nameEn: 'Husong Clinic',
      kind: 'CLINIC',
      hospitalGrade: null,
      ownership: 'PRIVATE',
      licenceScope: ['中医科', '内科'],
      regionCode: '340500',
      insurer: { id: 'SW5zdXJlcjox' },
    });
    expect(defaults).toMatchObject({ providerId: 'UHJvdmlkZXI6MQ==', insurerId: 'SW5zdXJlcjox', licenceScope: '中医科、内科', address: '' });
    expect(applicationInput(defaults)).toMatchObject({
      providerId: 'UHJvdmlkZXI6MQ==',
      insurerId: 'SW5zdXJlcjox',
      applicantNameZh: '胡松中西医诊所',
      licenceScope: ['中医科', '内科'],
      address: null,
    });
  });
});
