import { describe, expect, it } from 'vitest';
import { draftEditValues, draftInput, familyOf, updateDraftInput } from './draft-input.js';

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
      indicators: [
        { metric: 'DRUG_SHARE', comparator: 'LTE', threshold: 40, unit: 'PERCENT' },
        { metric: 'AVERAGE_COST_PER_ADMISSION', comparator: 'LTE', threshold: '9,800.00', unit: 'FEN' },
      ],
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
      // Typed in yuan, sent in fen.
      {
        metric: 'AVERAGE_COST_PER_ADMISSION',
        comparator: 'LTE',
        threshold: '980000',
        unit: 'FEN',
        breachMeasure: null,
      },
    ]);
  });
});

describe('draft edit input', () => {
  const record = {
    id: 'A1',
    number: 'XY-1',
    family: 'SERVICE',
    kind: 'MEDICAL_INSTITUTION_SERVICE',
    version: 3,
    provider: { id: 'P1', nameZh: '甲' },
    partner: null,
    entrustedWork: [],
    startsOn: '2026-01-01',
    endsOn: '2026-12-31',
    currentVersion: {
      templateCode: 'MAS',
      templateVersion: '1',
      clauses: [{ id: 'C1', clauseNo: '1', titleZh: 't', titleEn: 't', bodyZh: 'b', bodyEn: 'b' }],
      indicators: [
        {
          id: 'I1',
          metric: 'DRUG_SHARE',
          comparator: 'LTE',
          threshold: '40',
          unit: 'PERCENT',
          breachMeasure: null,
        },
      ],
    },
  };

  it('round-trips the record through the form into the update input', () => {
    const values = draftEditValues(record);
    expect(values).toMatchObject({ providerId: 'P1', templateCode: 'MAS', version: 3 });
    const input = updateDraftInput('A1', { ...values, endsOn: '2026-11-30', expectedVersion: 2 });
    expect(input).toMatchObject({
      id: 'A1',
      expectedVersion: 2,
      providerId: 'P1',
      partnerId: null,
      entrustedWork: null,
      endsOn: '2026-11-30',
      clauses: [{ clauseNo: '1', titleZh: 't', titleEn: 't', bodyZh: 'b', bodyEn: 'b' }],
      indicators: [{ metric: 'DRUG_SHARE', threshold: '40', breachMeasure: null }],
    });
    expect(input.clauses[0]).not.toHaveProperty('id');
  });

  it('falls back to the loaded version when no locked version was captured', () => {
    expect(updateDraftInput('A1', draftEditValues(record)).expectedVersion).toBe(3);
  });
});
