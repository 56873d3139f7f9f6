import { DomainError } from '../errors.js';
import { isoDate } from '../shared/dates.js';

/**
 * A physician's billing suspension runs while today is before its end date
 * (`billingSuspendedUntil`: the first day the right is back); it ends at that date, or earlier
 * on a written request with a pledge.
 */
export function isRunning(until: Date | null, today: Date): boolean {
  return until !== null && today < until;
}

/**
 * An insured person's settlement suspension is different (docs/domain/measures.md): its term
 * (`settlementSuspendedUntil`, the first day a restoration may be asked for) is a minimum, and
 * the right comes back only when the person, after the term, files a written request and signs
 * a pledge (暂停期满后…提出书面申请并签署承诺书后，方可恢复, S2). So the person stays suspended
 * while the column is set, before or after that date, until the restoration is recorded.
 */
export function isSettlementSuspended(until: Date | null): boolean {
  return until !== null;
}

/** Whether a restoration may be recorded today: suspended, and the term has run. */
export function mayRestoreSettlement(until: Date | null, today: Date): boolean {
  return until !== null && today >= until;
}

export function termRunning(entity: string, id: string, until: Date): DomainError {
  return new DomainError(
    'SANCTION_TERM_RUNNING',
    {
      zh: `${entity}（${id}）的暂停期至 ${isoDate(until)} 届满，期满后方可凭书面申请和承诺书恢复`,
      en: `${entity} ${id}: the suspension's term runs until ${isoDate(until)}; it can be restored on a written request and pledge only from then`,
    },
    { entity, id, until: isoDate(until) },
  );
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
