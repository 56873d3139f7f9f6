import { agencyTimeZone } from '../shared/local-date.js';

/**
 * The agency's calendar in rule SQL. Every day a rule compares (the visit day, a suspension's
 * first day) and the settlement month are days of the agency's time zone (HUB_TIME_ZONE,
 * server/config.ts), the same zone the console and the term dates use; a fixed +8 hours would
 * agree with them only at the default Asia/Shanghai. The zone is a literal, not a bound
 * parameter: it is fixed for the process, and each caller numbers its parameters differently.
 */
export function agencyZoneSql(): string {
  // The zone passed config validation (an IANA name); quotes are doubled all the same.
  return `'${agencyTimeZone().replaceAll("'", "''")}'`;
}

/** The agency's calendar day (a SQL date) of a timestamptz expression. */
export function agencyDaySql(instant: string): string {
  return `(${instant} at time zone ${agencyZoneSql()})::date`;
}
