import { describe, expect, it } from 'vitest';
import { findingInput } from './finding-input.js';

describe('finding input', () => {
  it('sends yuan as exact fen, trims texts and drops empty dates', () => {
    expect(
      findingInput({
        agreementId: 'A1',
        violationTypeId: 'V1',
        source: 'ON_SITE_INSPECTION',
        description: ' 串换药品 ',
        violatingAmountYuan: '72,860.5',
        occurredFrom: '',
        foundOn: '2026-03-01',
        evidence: [{ kind: 'PHOTO', ref: ' ARC-1 ', note: '' }],
      }),
    ).toEqual({
      agreementId: 'A1',
      violationTypeId: 'V1',
      source: 'ON_SITE_INSPECTION',
      description: '串换药品',
      violatingAmountFen: 7286050,
      occurredFrom: null,
      occurredTo: null,
      foundOn: '2026-03-01',
      number: null,
      evidence: [{ kind: 'PHOTO', ref: 'ARC-1', note: null }],
    });
  });
});
