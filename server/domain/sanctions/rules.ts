import { DomainError } from '../errors.js';
import { isoDate } from '../shared/dates.js';

/**
 * A suspension runs while today is before its end date (`settlementSuspendedUntil`,
 * `billingSuspendedUntil`: the first day the right is back). It ends at that date, or earlier
 * on a written request with a pledge (书面申请并承诺), S2 (docs/domain/sources.md) for insured persons; physicians
 * likewise.
 */
export function isRunning(until: Date | null, today: Date): boolean {
  return until !== null && today < until;
}

export function hasEnded(until: Date | null, today: Date): boolean {
  return until !== null && today >= until;
}

export function notRunning(entity: string, id: string, until: Date | null): DomainError {
  return new DomainError(
    'SANCTION_NOT_RUNNING',
    {
      zh: until ? `${entity}（${id}）的暂停已于 ${isoDate(until)} 结束` : `${entity}（${id}）当前没有暂停`,
      en: until
        ? `${entity} ${id}: the suspension ended on ${isoDate(until)}`
        : `${entity} ${id} is not suspended`,
    },
    { entity, id, until: until ? isoDate(until) : null },
  );
}
