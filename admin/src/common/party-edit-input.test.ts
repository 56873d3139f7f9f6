import { describe, expect, it } from 'vitest';
import { partnerEditInput, physicianEditInput, providerEditInput } from './party-edit-input.js';

describe('party edit inputs', () => {
  const provider = {
    id: 'P1',
    version: 4,
    kind: 'RETAIL_PHARMACY',
    nameZh: ' 宝芝林 ',
    nameEn: 'Baozhilin',
    address: '  ',
    licenceScope: ['处方药', ' ', '非处方药'],
    hospitalGrade: null,
    pharmacyClass: 'A',
    ownership: 'PRIVATE',
    regionCode: '340503',
  };

  it('sends the class that fits the kind, clears an emptied address, keeps the locked version', () => {
    expect(providerEditInput('P1', { ...provider, expectedVersion: 3 })).toEqual({
      id: 'P1',
      expectedVersion: 3,
      nameZh: '宝芝林',
      nameEn: 'Baozhilin',
      address: null,
      licenceScope: ['处方药', '非处方药'],
      hospitalGrade: undefined,
      pharmacyClass: 'A',
      ownership: 'PRIVATE',
      regionCode: '340503',
    });
    const hospital = providerEditInput('P1', { ...provider, kind: 'HOSPITAL', hospitalGrade: 'GRADE_2' });
    expect(hospital).toMatchObject({
      expectedVersion: 4,
      hospitalGrade: 'GRADE_2',
      pharmacyClass: undefined,
    });
  });

  it('never sends what the form may not edit', () => {
    expect(
      Object.keys(
        partnerEditInput('X', { kind: 'IT_VENDOR', unifiedSocialCreditCode: '9134', status: 'ACTIVE' }),
      ),
    ).toEqual(['id', 'expectedVersion', 'nameZh', 'nameEn', 'kind']);
    expect(physicianEditInput('D', { idNumber: '3205', version: 1 })).not.toHaveProperty('idNumber');
  });
});
