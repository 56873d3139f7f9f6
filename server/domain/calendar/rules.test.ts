import { describe, expect, it } from 'vitest';
import { isWorkingDay, onWorkingDay, type CalendarExceptions } from './rules.js';

const d = (s: string) => new Date(`${s}T00:00:00.000Z`);
const NONE: CalendarExceptions = new Map();
// The 2026 National Day holiday as a notice would list it: 1–7 October off, Saturday 10 October worked.
const NATIONAL_DAY: CalendarExceptions = new Map([
  ...['01', '02', '03', '04', '05', '06', '07'].map((n) => [`2026-10-${n}`, 'HOLIDAY'] as const),
  ['2026-10-10', 'WORKING_DAY'] as const,
]);

describe('working days on the agency calendar', () => {
  it('Monday to Friday work, Saturday and Sunday rest, unless the calendar lists the day', () => {
    expect(isWorkingDay(d('2026-03-13'), NONE)).toBe(true); // Friday
    expect(isWorkingDay(d('2026-03-14'), NONE)).toBe(false); // Saturday
    expect(isWorkingDay(d('2026-10-01'), NATIONAL_DAY)).toBe(false); // Thursday, a holiday
    expect(isWorkingDay(d('2026-10-10'), NATIONAL_DAY)).toBe(true); // Saturday, worked
  });

  it('a period ending on a working day keeps its day', () => {
    expect(onWorkingDay(d('2026-03-16'), NONE)).toEqual(d('2026-03-16')); // Monday
  });

  it('a period ending on a weekend ends on the Monday after', () => {
    expect(onWorkingDay(d('2026-03-14'), NONE)).toEqual(d('2026-03-16'));
    expect(onWorkingDay(d('2026-03-15'), NONE)).toEqual(d('2026-03-16'));
  });

  it('a period ending in the National Day holiday ends on the first working day after it', () => {
    // 3 October (Saturday, inside the holiday) → Thursday 8 October; without the calendar Monday 5.
    expect(onWorkingDay(d('2026-10-03'), NATIONAL_DAY)).toEqual(d('2026-10-08'));
    expect(onWorkingDay(d('2026-10-03'), NONE)).toEqual(d('2026-10-05'));
    // A make-up Saturday is a working day a period may end on.
    expect(onWorkingDay(d('2026-10-10'), NATIONAL_DAY)).toEqual(d('2026-10-10'));
  });
});
