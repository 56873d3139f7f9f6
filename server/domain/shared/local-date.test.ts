import { describe, expect, it } from 'vitest';
import { localDay, startOfAgencyDay } from './local-date.js';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("the instant an agency's calendar day begins", () => {
  it('is 16:00 UTC the day before in Beijing, midnight in UTC', () => {
    expect(startOfAgencyDay(day('2027-01-01'), 'Asia/Shanghai').toISOString()).toBe(
      '2026-12-31T16:00:00.000Z',
    );
    expect(startOfAgencyDay(day('2028-02-29'), 'Asia/Shanghai').toISOString()).toBe(
      '2028-02-28T16:00:00.000Z',
    );
    expect(startOfAgencyDay(day('2027-01-01'), 'UTC').toISOString()).toBe('2027-01-01T00:00:00.000Z');
  });

  it('follows a daylight-saving change on either side of the day', () => {
    // New York: EST (−5 h) on 8 March 2026 until 02:00, EDT (−4 h) from 9 March.
    expect(startOfAgencyDay(day('2026-03-08'), 'America/New_York').toISOString()).toBe(
      '2026-03-08T05:00:00.000Z',
    );
    expect(startOfAgencyDay(day('2026-03-09'), 'America/New_York').toISOString()).toBe(
      '2026-03-09T04:00:00.000Z',
    );
    expect(startOfAgencyDay(day('2026-11-01'), 'America/New_York').toISOString()).toBe(
      '2026-11-01T04:00:00.000Z',
    );
  });
});

describe("an instant's agency day (the day remembered for its second)", () => {
  it('turns at the zone\'s midnight to the millisecond, whatever was asked just before', () => {
    // Beijing's midnight is 16:00 UTC: the last millisecond before it and the first after it.
    expect(localDay(new Date('2026-12-31T15:59:59.000Z'), 'Asia/Shanghai')).toBe('2026-12-31');
    expect(localDay(new Date('2026-12-31T15:59:59.999Z'), 'Asia/Shanghai')).toBe('2026-12-31');
    expect(localDay(new Date('2026-12-31T16:00:00.000Z'), 'Asia/Shanghai')).toBe('2027-01-01');
    // Kathmandu (+05:45): its midnight is not on a UTC hour.
    expect(localDay(new Date('2027-01-01T18:14:59.999Z'), 'Asia/Kathmandu')).toBe('2027-01-01');
    expect(localDay(new Date('2027-01-01T18:15:00.000Z'), 'Asia/Kathmandu')).toBe('2027-01-02');
  });

  it('answers for the zone asked in the same second, and for an earlier second again', () => {
    const at = new Date('2027-03-01T17:30:00.500Z');
    expect(localDay(at, 'Asia/Shanghai')).toBe('2027-03-02');
    expect(localDay(at, 'UTC')).toBe('2027-03-01');
    expect(localDay(at, 'Asia/Shanghai')).toBe('2027-03-02');
    expect(localDay(new Date('2027-03-01T15:30:00.500Z'), 'Asia/Shanghai')).toBe('2027-03-01');
  });

  it('refuses an invalid date as the formatter does', () => {
    expect(() => localDay(new Date(Number.NaN), 'Asia/Shanghai')).toThrow(RangeError);
    expect(() => localDay(new Date(Number.NaN), 'Asia/Shanghai')).toThrow(RangeError);
  });
});
