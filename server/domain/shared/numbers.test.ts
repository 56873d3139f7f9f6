import { describe, expect, it } from 'vitest';
import { newNumber } from './numbers.js';
import { agencyDay, isTimeZone, localDay, setAgencyTimeZone } from './local-date.js';

describe('business numbers use the agency local date', () => {
  it('07:09 Beijing time (23:09 UTC the day before) numbers by the Beijing day', () => {
    setAgencyTimeZone('Asia/Shanghai');
    expect(newNumber('AGR', new Date('2026-12-05T23:09:00Z'))).toMatch(/^AGR-20261206-[0-9A-F]{10}$/);
  });

  it('another configured zone gives its own day', () => {
    expect(localDay(new Date('2026-12-05T23:09:00Z'), 'UTC')).toBe('2026-12-05');
    setAgencyTimeZone('UTC');
    expect(newNumber('AGR', new Date('2026-12-05T23:09:00Z'))).toMatch(/^AGR-20261205-/);
    setAgencyTimeZone('Asia/Shanghai');
  });

  it("a rule's today is the agency's calendar day as a date-only value", () => {
    expect(agencyDay(new Date('2026-12-06T16:30:00Z'), 'Asia/Shanghai').toISOString()).toBe('2026-12-07T00:00:00.000Z');
    expect(agencyDay(new Date('2026-12-06T15:59:59Z'), 'Asia/Shanghai').toISOString()).toBe('2026-12-06T00:00:00.000Z');
    expect(agencyDay(new Date('2026-12-06T16:30:00Z'), 'UTC').toISOString()).toBe('2026-12-06T00:00:00.000Z');
  });

  it('knows real zone names and refuses made-up ones', () => {
    expect(isTimeZone('Asia/Shanghai')).toBe(true);
    expect(isTimeZone('Mars/Olympus')).toBe(false);
  });
});
