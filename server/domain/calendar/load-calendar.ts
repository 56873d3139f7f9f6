import type { Tx } from '../../db/database.js';
import { addDays, isoDate, utcDay } from '../shared/dates.js';
import { CALENDAR_LOOKAHEAD_DAYS, onWorkingDay, type CalendarExceptions } from './rules.js';

/** The insurer's calendar exceptions from `from` for as far as a period's end may move. */
export async function loadCalendarExceptions(tx: Tx, insurerId: string, from: Date): Promise<CalendarExceptions> {
  const first = utcDay(from);
  const rows = await tx.agencyCalendarDay.findMany({
    where: { insurerId, day: { gte: first, lte: addDays(first, CALENDAR_LOOKAHEAD_DAYS) } },
    select: { day: true, kind: true },
  });
  return new Map(rows.map((r) => [isoDate(r.day), r.kind]));
}

/** The last day of a period at this insurer, moved past its rest days (rules.ts onWorkingDay). */
export async function workingLastDay(tx: Tx, insurerId: string, lastDay: Date): Promise<Date> {
  return onWorkingDay(lastDay, await loadCalendarExceptions(tx, insurerId, lastDay));
}
