import type { CalendarDayKind } from '../../db/generated/prisma/enums.js';
import { addDays, isoDate, utcDay } from '../shared/dates.js';

/**
 * Working days on an agency's calendar (工作日). Saturday and Sunday are rest days and Monday to
 * Friday working days, unless the agency's calendar (its admins keep it from each year's
 * holiday notice, AgencyCalendarDay) lists the day: a HOLIDAY (法定节假日) is a rest day, a
 * WORKING_DAY (调休上班) a working one. The seeds count deadlines in working days (S3: "住院之日起
 * 5个工作日内…申请"), so a hard-coded list of holidays would be wrong by next year.
 */
export type CalendarExceptions = ReadonlyMap<string, CalendarDayKind>;

/**
 * How far ahead a period's end may move: the longest run of rest days (the Spring Festival or
 * National Day week with the weekends around it) is well under this. Also how many days of
 * exceptions a caller loads from the last day on.
 */
export const CALENDAR_LOOKAHEAD_DAYS = 31;

export function isWorkingDay(day: Date, exceptions: CalendarExceptions): boolean {
  const listed = exceptions.get(isoDate(utcDay(day)));
  if (listed) return listed === 'WORKING_DAY';
  const weekday = utcDay(day).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/**
 * The last day of a period of days, moved past rest days: a period whose last day falls on a
 * holiday or weekend ends on the next working day (期间届满的最后一日是法定休假日的，以法定休假日
 * 结束的次日为期间的最后一日 — how agencies and courts count periods). A calendar that marks more
 * than CALENDAR_LOOKAHEAD_DAYS rest days in a row is a data error, and the day is kept as is
 * rather than looping on.
 */
export function onWorkingDay(lastDay: Date, exceptions: CalendarExceptions): Date {
  const first = utcDay(lastDay);
  for (let i = 0; i <= CALENDAR_LOOKAHEAD_DAYS; i += 1) {
    const day = addDays(first, i);
    if (isWorkingDay(day, exceptions)) return day;
  }
  return first;
}
