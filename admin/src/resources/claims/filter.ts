import { listify } from '../../providers/data/relay.js';

/**
 * The console filters claims by settlement month (`YYYY-MM`); the API takes a settled-at
 * window. The window is the month in China time (UTC+8, no daylight saving), since a claim
 * settled at 00:30 on the 1st belongs to that month for the insurer, not to the previous one.
 */
export function claimFilter(filter: Record<string, unknown>): Record<string, unknown> {
  const { month, ...rest } = listify(filter, ['visitType']);
  if (typeof month !== 'string' || !/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) return rest;
  const [year, mon] = month.split('-').map(Number) as [number, number];
  const from = new Date(Date.UTC(year, mon - 1, 1) - 8 * 3_600_000);
  const to = new Date(Date.UTC(year, mon, 1) - 8 * 3_600_000 - 1);
  return { ...rest, settledFrom: from.toISOString(), settledTo: to.toISOString() };
}
