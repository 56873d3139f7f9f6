import { describe, expect, it } from 'vitest';
import { PgBoss } from 'pg-boss';
import { cronFor, termEndScheduleOptions } from './term-end-job.js';

describe('the term-end schedule', () => {
  // previewSchedule only evaluates the cron: the instance never connects.
  const boss = new PgBoss('postgres://unused@127.0.0.1:1/none');
  const next = (intervalMinutes: number, from: string) =>
    boss
      .previewSchedule(cronFor(intervalMinutes), {
        ...termEndScheduleOptions(),
        from: new Date(from),
        count: 2,
      })
      .map((d) => d.toISOString());

  it("runs daily at midnight on the agency's clock (16:00 UTC for Beijing), not at 08:00", () => {
    expect(next(24 * 60, '2026-12-31T15:30:00Z')).toEqual([
      '2026-12-31T16:00:00.000Z',
      '2027-01-01T16:00:00.000Z',
    ]);
  });

  it('keeps sub-daily slots aligned to the agency day', () => {
    expect(next(6 * 60, '2026-12-31T15:30:00Z')).toEqual([
      '2026-12-31T16:00:00.000Z',
      '2026-12-31T22:00:00.000Z',
    ]);
    expect(next(15, '2026-12-31T15:50:00Z')).toEqual([
      '2026-12-31T16:00:00.000Z',
      '2026-12-31T16:15:00.000Z',
    ]);
  });

  it('repeats exactly every accepted interval, an hour boundary included', () => {
    expect(next(20, '2026-12-31T15:50:00Z')).toEqual(['2026-12-31T16:00:00.000Z', '2026-12-31T16:20:00.000Z']);
    expect(next(180, '2026-12-31T15:30:00Z')).toEqual(['2026-12-31T16:00:00.000Z', '2026-12-31T19:00:00.000Z']);
  });
});
