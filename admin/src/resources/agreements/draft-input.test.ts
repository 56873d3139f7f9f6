import { describe, expect, it } from 'vitest';
import { draftInput, familyOf } from './draft-input.js';

describe('draft input', () => {
  it('derives the family from the kind', () => {
    expect(familyOf('MATERNITY_SERVICE')).toBe('SERVICE');
    expect(familyOf('CRITICAL_ILLNESS_INSURANCE')).toBe('PARTNER');
  });

  it('sends only the party of the family and trims texts', () => {
    const input = draftInput({
      kind: 'RETAIL_PHARMACY_SERVICE',
      providerId: 'P1',
      partnerId: 'X1',
      entrustedWork: ['SITE_PATROL'],
      number: '  ',
      startsOn: '2026-01-01',
      endsOn: '2026-12-31',
      templateCode: ' MAS ',
      templateVersion: '1',
      indicators: [{ metric: 'DRUG_SHARE', comparator: 'LTE', threshold: 40, unit: 'PERCENT' }],
    });
    expect(input).toMatchObject({
      family: 'SERVICE',
      providerId: 'P1',
      partnerId: null,
      entrustedWork: null,
      number: null,
      templateCode: 'MAS',
    });
    expect(input.indicators).toEqual([
      { metric: 'DRUG_SHARE', comparator: 'LTE', threshold: '40', unit: 'PERCENT', breachMeasure: null },
    ]);
  });
});
