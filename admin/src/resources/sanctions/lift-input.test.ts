import { describe, expect, it } from 'vitest';
import { isRunning, liftDocuments, mayRestoreSettlement } from './lift-input.js';

describe('lift input', () => {
  it('trims the documents and drops an empty note', () => {
    expect(liftDocuments({ requestDocumentRef: ' SQ-1 ', pledgeDocumentRef: 'CN-1', note: '  ' })).toEqual({
      requestDocumentRef: 'SQ-1',
      pledgeDocumentRef: 'CN-1',
      note: null,
    });
    expect(liftDocuments({}).requestDocumentRef).toBe('');
  });

  it('a suspension runs while today is before its end (the first day the right is back)', () => {
    expect(isRunning('2027-02-28', '2026-12-06')).toBe(true);
    expect(isRunning('2026-12-06', '2026-12-06')).toBe(false);
    expect(isRunning(null, '2026-12-06')).toBe(false);
  });

  it('a settlement suspension is restored only once its term has run (on request and pledge)', () => {
    expect(mayRestoreSettlement('2027-02-28', '2026-12-06')).toBe(false);
    expect(mayRestoreSettlement('2026-12-06', '2026-12-06')).toBe(true);
    expect(mayRestoreSettlement('2026-01-01', '2026-12-06')).toBe(true);
    expect(mayRestoreSettlement(null, '2026-12-06')).toBe(false);
  });
});
