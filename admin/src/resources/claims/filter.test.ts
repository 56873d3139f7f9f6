import { describe, expect, it } from 'vitest';
import { claimFilter } from './filter.js';

describe('claimFilter', () => {
  it('turns a month into its China-time settled-at window', () => {
    expect(claimFilter({ month: '2026-03', providerId: 'P1' })).toEqual({
      providerId: 'P1',
      settledFrom: '2026-02-28T16:00:00.000Z',
      settledTo: '2026-03-31T15:59:59.999Z',
    });
  });

  it('wraps December into the next year and lists a single visit type', () => {
    expect(claimFilter({ month: '2026-12', visitType: 'INPATIENT' })).toEqual({
      visitType: ['INPATIENT'],
      settledFrom: '2026-11-30T16:00:00.000Z',
      settledTo: '2026-12-31T15:59:59.999Z',
    });
  });

  it('drops a month that is not YYYY-MM', () => {
    expect(claimFilter({ month: '2026-13' })).toEqual({});
  });
});
