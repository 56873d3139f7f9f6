import { describe, expect, it } from 'vitest';
import { localDay } from '../../server/domain/shared/local-date.js';
import { AGREEMENTS, DEMO_TERM_YEAR, termEnd } from './agreements.js';

/**
 * The demo's agreements in force stay in force on whatever day `npm start` seeds them: the
 * term-end job (expire-agreements.ts) expires an ACTIVE or SUSPENDED agreement once its end
 * is before the agency's today. The clock is moved by passing `now`, as seedDemo does.
 */
const DAY = 86_400_000;
const inForce = AGREEMENTS.filter((a) => a.status === 'ACTIVE' || a.status === 'SUSPENDED' || a.status === 'SIGNED');
const seedDays = [
  new Date(),
  new Date(Date.now() + 400 * DAY),
  new Date(Date.now() + 3 * 365 * DAY),
  // The last minutes of a year in Beijing (UTC is still at 15:30 on 31 Dec).
  new Date('2031-12-31T15:59:00Z'),
  new Date('2032-01-01T00:00:00+08:00'),
];

describe('the demo agreements seeded on a later day', () => {
  it.each(seedDays.map((now) => [now.toISOString(), now] as const))('are in force when seeded at %s', (_label, now) => {
    expect(inForce.length).toBeGreaterThan(20);
    const today = localDay(now);
    for (const a of inForce) expect(termEnd(a.endsOn, now) > today, `${a.key} ends ${termEnd(a.endsOn, now)}`).toBe(true);
  });

  it('keep the histories from the sources: ends in or before the demo year are not moved', () => {
    const later = new Date('2035-06-01T00:00:00Z');
    const histories = AGREEMENTS.filter((a) => Number(a.endsOn.slice(0, 4)) <= DEMO_TERM_YEAR);
    expect(histories.map((a) => a.status)).toEqual(expect.arrayContaining(['EXPIRED', 'TERMINATED']));
    for (const a of histories) expect(termEnd(a.endsOn, later)).toBe(a.endsOn);
  });

  it('end on the same month and day, whole years on, and never before they start', () => {
    const now = new Date('2030-03-01T00:00:00Z');
    for (const a of AGREEMENTS) {
      const end = termEnd(a.endsOn, now);
      expect(end.slice(4)).toBe(a.endsOn.slice(4));
      expect(end >= a.startsOn, a.key).toBe(true);
    }
    expect(termEnd('2027-12-31', now)).toBe('2031-12-31');
  });
});
