import { describe, expect, it } from 'vitest';
import { agreementFilter } from './filter.js';

describe('agreement filters', () => {
  it('passes status and kind as lists', () => {
    expect(agreementFilter({ status: 'ACTIVE', kind: 'MATERNITY_SERVICE' })).toEqual({
      status: ['ACTIVE'],
      kind: ['MATERNITY_SERVICE'],
    });
  });

  it('turns "expiring soon" into a 90-day end window over agreements in force', () => {
    const today = new Date('2026-03-01T08:00:00Z');
    expect(agreementFilter({ expiringSoon: true }, today)).toEqual({
      status: ['SIGNED', 'ACTIVE', 'SUSPENDED'],
      endsFrom: '2026-03-01',
      endsTo: '2026-05-30',
    });
    expect(agreementFilter({ expiringSoon: true, status: 'SUSPENDED' }, today).status).toEqual(['SUSPENDED']);
    expect(agreementFilter({ expiringSoon: false })).toEqual({});
  });
});
