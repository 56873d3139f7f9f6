import { describe, expect, it } from 'vitest';
import { startOfAgencyDay } from './local-date.js';

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
