import { listify } from '../../providers/data/relay.js';

export const IN_FORCE = ['SIGNED', 'ACTIVE', 'SUSPENDED'];
export const EXPIRING_DAYS = 90;

/** `expiringSoon` (a checkbox) becomes the end-date window, in-force agreements only. */
export function agreementFilter(
  filter: Record<string, unknown>,
  today = new Date(),
): Record<string, unknown> {
  const { expiringSoon, ...rest } = listify(filter, ['status', 'kind']);
  if (!expiringSoon) return rest;
  const day = (d: Date) => d.toISOString().slice(0, 10);
  const until = new Date(today.getTime() + EXPIRING_DAYS * 86_400_000);
  return { status: IN_FORCE, ...rest, endsFrom: day(today), endsTo: day(until) };
}
