/**
 * Calendar arithmetic on date-only values. Terms, bans and deadlines are calendar dates stored at
 * UTC midnight (Prisma `@db.Date`), so the arithmetic works on whole days. An instant ("now")
 * becomes a day through `agencyDay` (local-date.ts), the agency's calendar, never `utcDay`.
 */
const DAY_MS = 86_400_000;

/** A date-only value normalised to UTC midnight (for instants, use `agencyDay`). */
export function utcDay(instant: Date): Date {
  return new Date(Date.UTC(instant.getUTCFullYear(), instant.getUTCMonth(), instant.getUTCDate()));
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}

/**
 * Adds calendar months, clamping to the month's last day (31 Jan + 1 month = 28/29 Feb), so a
 * ban or suspension never silently runs into the month after the one the rule names.
 */
export function addMonths(date: Date, months: number): Date {
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth() + months;
  const target = new Date(
    Date.UTC(
      y,
      m,
      1,
      date.getUTCHours(),
      date.getUTCMinutes(),
      date.getUTCSeconds(),
      date.getUTCMilliseconds(),
    ),
  );
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(date.getUTCDate(), lastDay));
  return target;
}

export function addYears(date: Date, years: number): Date {
  return addMonths(date, years * 12);
}

/** Whole days from `from` to `to` (negative when `to` is earlier), on UTC days. */
export function daysBetween(from: Date, to: Date): number {
  return Math.round((utcDay(to).getTime() - utcDay(from).getTime()) / DAY_MS);
}

export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
