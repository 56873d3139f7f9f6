import { listify } from '../../providers/data/relay.js';
import { localDay, localDayPlus } from '../../common/format.js';

export const IN_FORCE = ['SIGNED', 'ACTIVE', 'SUSPENDED'];
export const EXPIRING_DAYS = 90;

/** `expiringSoon` (a checkbox) becomes the end-date window, in-force agreements only. */
export function agreementFilter(
  filter: Record<string, unknown>,
  today = new Date(),
): Record<string, unknown> {
  const { expiringSoon, ...rest } = listify(filter, ['status', 'kind']);
  if (!expiringSoon) return rest;
  return { status: IN_FORCE, ...rest, endsFrom: localDay(today), endsTo: localDayPlus(EXPIRING_DAYS, today) };
}
