import type { Tx } from '../../db/database.js';
import type { Agreement, Prisma } from '../../db/generated/prisma/client.js';
import type { AgreementAction, AgreementStatus } from '../../db/generated/prisma/enums.js';
import type { Viewer } from '../../auth/viewer.js';
import { appendAuditEvent } from '../../audit/append-event.js';
import { visible } from '../../auth/tenant-filters.js';
import { ENTITY, EVENT, type EventType } from '../audit-event-types.js';
import { illegalTransition, notFound } from '../errors.js';
import { actorColumns, requireInsurer } from '../shared/actor.js';
import { isoDate, utcDay } from '../shared/dates.js';
import { checkEffectiveDay } from '../shared/effective-day.js';
import { assertUpdated, checkVersion } from '../shared/versioning.js';
import { canTransition, targetStatus } from './rules.js';

export interface AgreementResult {
  agreement: Agreement;
  auditSeq: bigint;
}

const EVENT_OF: Record<AgreementAction, EventType> = {
  DRAFT: EVENT.agreementDrafted,
  SIGN: EVENT.agreementSigned,
  ACTIVATE: EVENT.agreementActivated,
  AMEND: EVENT.agreementAmended,
  SUSPEND: EVENT.agreementSuspended,
  RESUME: EVENT.agreementResumed,
  TERMINATE: EVENT.agreementTerminated,
  RENEW: EVENT.agreementRenewed,
  EXPIRE: EVENT.agreementExpired,
};

/**
 * Loads an agreement the actor may change: visible to it (tenant filter) and owned by the
 * insurer it acts for. Anything else is NOT_FOUND, whether it exists or not.
 *
 * `lock` takes the row first (FOR UPDATE) for a command whose rule reads more than the row's
 * version — "not renewed yet", "no result for the year yet": the same command twice at once
 * then runs one after the other and the second sees what the first wrote. Without it both
 * renewals passed the check and the loser hit the unique successor, refused as a clash of
 * record numbers (编号与已有记录冲突) instead of "already renewed as …".
 */
export async function loadAgreementForWrite(tx: Tx, actor: Viewer, id: string, lock = false): Promise<Agreement> {
  if (lock) await tx.$queryRaw`SELECT 1 FROM "Agreement" WHERE "id" = ${id}::uuid FOR UPDATE`;
  const agreement = await tx.agreement.findFirst({ where: { AND: [{ id }, visible.agreement(actor)] } });
  if (!agreement) throw notFound('Agreement', id);
  requireInsurer(actor, agreement.insurerId, 'Agreement', id);
  return agreement;
}

/** Tenant tags of an agreement's events: the insurer and whichever party it binds. */
export function agreementTags(a: Pick<Agreement, 'insurerId' | 'providerId' | 'partnerId'>) {
  return { insurerId: a.insurerId, providerId: a.providerId, partnerId: a.partnerId };
}

export interface TransitionStep {
  agreement: Agreement;
  action: Exclude<AgreementAction, 'DRAFT'>;
  reason: string;
  effectiveOn: Date;
  actor: Viewer;
  requestId: string | null;
  /**
   * The command's clock (`ctx.now`, else the wall clock): decides the target status and is the
   * transition's occurredAt, so it orders with the times the same domain writes (a penalty's
   * executedAt) even when the database's clock drifts from the app's.
   */
  today: Date;
  /** Omitted when the change is a consequence of another command (penalty execution, expiry job). */
  expectedVersion?: number;
  /** Extra columns to write with the status change. */
  patch?: Prisma.AgreementUncheckedUpdateManyInput;
  /** Extra event data (e.g. suspension scope, ban date). */
  data?: Record<string, unknown>;
}

/**
 * Refuses a step the agreement's state does not allow (ILLEGAL_TRANSITION naming the state).
 * A command checks it before anything else about the request: a second termination dated
 * tomorrow was refused for its date ("later than today"), as if another day would do.
 */
export function requireTransition(agreement: Pick<Agreement, 'id' | 'status'>, action: Exclude<AgreementAction, 'DRAFT'>): void {
  if (!canTransition(action, agreement.status)) throw illegalTransition('Agreement', agreement.id, agreement.status, action);
}

/**
 * The one way an agreement changes status: check the transition, write the row with the
 * version guard, record the AgreementTransition (reason, actor, date) and the audit event —
 * all in the caller's transaction.
 */
export async function applyTransition(tx: Tx, step: TransitionStep): Promise<AgreementResult> {
  const { agreement, action } = step;
  requireTransition(agreement, action);
  const expected = step.expectedVersion ?? agreement.version;
  checkVersion('Agreement', agreement, expected);
  const to: AgreementStatus = targetStatus(action, agreement.status, {
    startsOn: agreement.startsOn,
    today: step.today,
  });
  const { count } = await tx.agreement.updateMany({
    where: { id: agreement.id, version: expected },
    data: { ...step.patch, status: to, version: { increment: 1 } },
  });
  assertUpdated(count, 'Agreement', agreement, expected);
  const updated = await tx.agreement.findUniqueOrThrow({ where: { id: agreement.id } });
  await tx.agreementTransition.create({
    data: {
      agreementId: agreement.id,
      action,
      fromStatus: agreement.status,
      toStatus: to,
      // Kept with the transition: the agreement's own scope is cleared when it resumes.
      suspensionScope: to === 'SUSPENDED' ? updated.suspensionScope : null,
      reason: step.reason,
      effectiveOn: step.effectiveOn,
      occurredAt: step.today,
      ...actorColumns(step.actor),
    },
  });
  const { seq } = await appendAuditEvent(tx, {
    type: EVENT_OF[action],
    entityType: ENTITY.agreement,
    entityId: agreement.id,
    actor: step.actor,
    requestId: step.requestId,
    ...agreementTags(agreement),
    data: {
      number: agreement.number,
      fromStatus: agreement.status,
      toStatus: to,
      reason: step.reason,
      effectiveOn: isoDate(step.effectiveOn),
      version: updated.version,
      ...step.data,
    },
  });
  return { agreement: updated, auditSeq: seq };
}

export function eventOf(action: AgreementAction): EventType {
  return EVENT_OF[action];
}

/**
 * Checks the effective day an agency gives a suspension or termination of `agreement`: today
 * or earlier, and not before its term began nor before its last suspension or resumption took
 * effect (transitions stay in the order they happened).
 */
export async function checkTransitionDay(
  tx: Tx,
  agreement: Pick<Agreement, 'id' | 'startsOn'>,
  effectiveOn: Date,
  today: Date,
): Promise<void> {
  const last = await tx.agreementTransition.findFirst({
    // Suspensions and resumptions are what a termination or a new suspension follows; signing
    // is not: a term may begin before its agreement is signed (a year's agreement signed in March).
    where: { agreementId: agreement.id, action: { in: ['SUSPEND', 'RESUME'] } },
    orderBy: [{ effectiveOn: 'desc' }, { occurredAt: 'desc' }],
    select: { action: true, effectiveOn: true },
  });
  const afterLast = last !== null && utcDay(last.effectiveOn) > utcDay(agreement.startsOn);
  checkEffectiveDay(['effectiveOn'], effectiveOn, {
    today,
    notBefore: afterLast ? last.effectiveOn : agreement.startsOn,
    notBeforeWhat: afterLast
      ? { zh: `协议上次状态变更（${last.action}）的生效日期`, en: `the day its last change (${last.action}) took effect` }
      : { zh: '协议期限的起始日期', en: "the start of the agreement's term" },
  });
}
