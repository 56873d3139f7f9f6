/**
 * The agency's calendar. Times are stored in UTC, but a clerk's "today" (a default start
 * date, the date inside an AGR-<date> number) is the agency's local day: a draft started at
 * 07:09 in Beijing belongs to that day, not to the previous UTC day. The hub sets the zone
 * once at start from HUB_TIME_ZONE (server/config.ts); Asia/Shanghai until then.
 */
let zone = 'Asia/Shanghai';

export function setAgencyTimeZone(timeZone: string): void {
  zone = timeZone;
}

export function agencyTimeZone(): string {
  return zone;
}

/** True when the runtime knows the IANA zone name (config validation). */
export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-CA', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/**
 * One formatter per zone: building an Intl.DateTimeFormat loads the zone's data and costs
 * 0.1–0.2 ms, more than the rest of a generated number (bench/PERFORMANCE.md, "Audit log").
 * Keyed by locale and zone: each locale here is used with one set of options.
 */
const formats = new Map<string, Intl.DateTimeFormat>();

function formatIn(timeZone: string, locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale} ${timeZone}`;
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.DateTimeFormat(locale, { timeZone, ...options })));
  return format;
}

/**
 * The last day formatted, with its zone and UTC second: every generated number asks for today
 * (~1 µs of Intl per call). All instants of one UTC second share a local day, since every
 * zone's offset is a whole number of seconds, so a day boundary falls on a second's start.
 */
let last = { timeZone: '', second: Number.NaN, day: '' };

/** `YYYY-MM-DD` of `at` on the agency's calendar. */
export function localDay(at: Date, timeZone: string = zone): string {
  const second = Math.floor(at.getTime() / 1000);
  // An invalid date (NaN) never matches, and the formatter throws for it as before.
  if (second === last.second && timeZone === last.timeZone) return last.day;
  // en-CA formats dates as ISO YYYY-MM-DD.
  const day = formatIn(timeZone, 'en-CA', { year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
  last = { timeZone, second, day };
  return day;
}

/**
 * The agency's calendar day of an instant as a date-only value (UTC midnight, as Prisma stores
 * `@db.Date`). Every rule that asks "today?" uses this, not the UTC day: from 00:00 to 08:00 in
 * Beijing the UTC day is still yesterday, and a term starting "today" would not yet be in force.
 */
export function agencyDay(at: Date, timeZone: string = zone): Date {
  return new Date(`${localDay(at, timeZone)}T00:00:00.000Z`);
}

/** How far the zone's wall clock is ahead of UTC at `at`, in ms (+8 h for Asia/Shanghai). */
function zoneOffsetMs(at: Date, timeZone: string): number {
  const format = formatIn(timeZone, 'en-US', {
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });
  const part = Object.fromEntries(format.formatToParts(at).map((p) => [p.type, Number(p.value)]));
  const wall = Date.UTC(part.year!, part.month! - 1, part.day!, part.hour!, part.minute!, part.second!);
  return wall - Math.floor(at.getTime() / 1000) * 1000;
}

/**
 * The instant the agency's calendar day `day` (a date-only value) begins: 1 January 2027 begins
 * at 2026-12-31T16:00Z in Beijing. Instants (issuedAt, proposedAt, terminatedAt) are compared
 * with a calendar boundary through this, so a penalty issued at 00:30 on 1 January in Beijing
 * belongs to the new year. The second pass settles zones whose offset changes near the boundary.
 */
export function startOfAgencyDay(day: Date, timeZone: string = zone): Date {
  return agencyWallClock(day, timeZone);
}

/**
 * The instant the agency's wall clock reads `wall` (its fields read as UTC: Date.UTC(2026, 2, 5,
 * 14, 30) is 14:30 on 5 March in the agency): a spreadsheet's time, which carries no zone.
 */
export function agencyWallClock(wall: Date, timeZone: string = zone): Date {
  let at = wall.getTime() - zoneOffsetMs(wall, timeZone);
  at = wall.getTime() - zoneOffsetMs(new Date(at), timeZone);
  return new Date(at);
}

/**
 * The last instant (23:59:59.999) of the agency's calendar day `day` (a date-only value): where
 * a period of days ends, since its last day runs to 24:00 (docs/domain/workflows.md "Penalty
 * and appeal").
 */
export function endOfAgencyDay(day: Date, timeZone: string = zone): Date {
  return new Date(startOfAgencyDay(new Date(day.getTime() + 86_400_000), timeZone).getTime() - 1);
}
