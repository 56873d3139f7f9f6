import type { Tx } from '../../db/database.js';
import type { Agreement, Penalty, Prisma } from '../../db/generated/prisma/client.js';
import type { PenaltyStatus } from '../../db/generated/prisma/enums.js';
import type { Viewer } from '../../auth/viewer.js';
import { appendAuditEvent } from '../../audit/append-event.js';
import { visible } from '../../auth/tenant-filters.js';
import { seenWithItsAgreement } from '../../policy/rows-supervision.js';
import { ENTITY, type EventType } from '../audit-event-types.js';
import { DomainError, notFound } from '../errors.js';
import { measureWord } from '../words.js';
import { AGREEMENT_MEASURES } from './rules.js';
import { requireInsurer } from '../shared/actor.js';
import { assertUpdated, checkVersion } from '../shared/versioning.js';

export interface PenaltyResult {
  penalty: Penalty;
  auditSeq: bigint;
}

export type PenaltyWithAgreement = Penalty & { agreement: Agreement; finding: { partnerId: string | null } };

/**
 * Loads a penalty visible to the actor for a step. With `agency`, the actor must also act for
 * the agreement's insurer; otherwise NOT_FOUND, as if it did not exist.
 *
 * The row is locked first (FOR UPDATE), so two steps on one penalty run one after the other
 * and the second reads what the first committed: executed twice at once, the second is refused
 * as the penalty's own ILLEGAL_TRANSITION. Without the lock both read ISSUED, and an execution
 * that suspends the agreement lost on the agreement's version instead, refused as "this
 * agreement has changed (version 1 → 2)" — a version the clerk never sent.
 */
export async function loadPenalty(
  tx: Tx,
  actor: Viewer,
  id: string,
  agency = true,
): Promise<PenaltyWithAgreement> {
  await tx.$queryRaw`SELECT 1 FROM "Penalty" WHERE "id" = ${id}::uuid FOR UPDATE`;
  const penalty = await tx.penalty.findFirst({
    where: { AND: [{ id }, visible.penalty(actor)] },
    include: { agreement: true, finding: { select: { partnerId: true } } },
  });
  if (!penalty) throw notFound('Penalty', id);
  if (agency) requireInsurer(actor, penalty.agreement.insurerId, 'Penalty', id);
  return penalty;
}

/**
 * Tenant tags of a penalty's events. Insured persons are never tags (personal data). A penalty
 * on a finding a partner recorded is that partner's record as the finding is (rows-supervision:
 * NOT_ANOTHER_PARTNERS), so its events carry the partner too: untagged, they reached every other
 * partner the insurer entrusts (policy/audience.ts lets those see the insurer's untagged
 * supervision events), with the penalty's number, finding, measure and amount.
 */
export function penaltyTags(p: {
  providerId: string;
  agreement: Pick<Agreement, 'insurerId'>;
  finding: { partnerId: string | null };
}) {
  return { insurerId: p.agreement.insurerId, providerId: p.providerId, partnerId: p.finding.partnerId };
}

/**
 * How what a penalty does to its agreement refers to the penalty: the agreement's events
 * (suspended, terminated, resumed) and its transitions' reasons. Everyone who sees the agreement
 * reads those, including every partner the insurer entrusts, while a penalty on a partner's
 * finding is that partner's record: the other partners read its id, number and legal basis
 * (and an overturning decision's reason) in the agreement's suspension. Such a penalty is then
 * left unnamed there (null); its own events, tagged for its partner, name the agreement.
 */
export function agreementCause(p: {
  id: string;
  number: string;
  finding: { partnerId: string | null };
}): { penaltyId: string; penaltyNumber: string } | null {
  return seenWithItsAgreement(p.finding) ? { penaltyId: p.id, penaltyNumber: p.number } : null;
}

/** Writes a status step with the version guard and appends its event, in the caller's transaction. */
export async function writePenaltyStep(
  tx: Tx,
  step: {
    penalty: PenaltyWithAgreement;
    to: PenaltyStatus;
    expectedVersion: number;
    patch?: Prisma.PenaltyUncheckedUpdateManyInput;
    event: EventType;
    actor: Viewer;
    requestId: string | null;
    data?: Record<string, unknown>;
  },
): Promise<PenaltyResult> {
  const { penalty } = step;
  checkVersion('Penalty', penalty, step.expectedVersion);
  const { count } = await tx.penalty.updateMany({
    where: { id: penalty.id, version: step.expectedVersion },
    data: { ...step.patch, status: step.to, version: { increment: 1 } },
  });
  assertUpdated(count, 'Penalty', penalty, step.expectedVersion);
  const updated = await tx.penalty.findUniqueOrThrow({ where: { id: penalty.id } });
  const { seq } = await appendAuditEvent(tx, {
    type: step.event,
    entityType: ENTITY.penalty,
    entityId: penalty.id,
    actor: step.actor,
    requestId: step.requestId,
    ...penaltyTags(penalty),
    data: {
      number: penalty.number,
      findingId: penalty.findingId,
      agreementId: penalty.agreementId,
      measure: penalty.measure,
      fromStatus: penalty.status,
      toStatus: step.to,
      amountFen: updated.amountFen,
      version: updated.version,
      ...step.data,
    },
  });
  return { penalty: updated, auditSeq: seq };
}

/**
 * A measure that changes the agreement itself (suspension, termination) needs an agreement
 * still binding: a terminated or expired one can be neither suspended nor terminated again.
 * Money can still be recovered on it (the violation happened during its term). Checked on
 * proposal and on issue, so a decision that could never be executed is not notified to the
 * provider as if it would be.
 */
export function requireAgreementForMeasure(
  measure: Penalty['measure'],
  agreement: Pick<Agreement, 'number' | 'status'>,
): void {
  if (!AGREEMENT_MEASURES.includes(measure)) return;
  if (agreement.status !== 'TERMINATED' && agreement.status !== 'EXPIRED') return;
  const m = measureWord(measure);
  const ended =
    agreement.status === 'TERMINATED'
      ? { zh: '已解除', en: 'has been terminated' }
      : { zh: '已到期', en: 'has expired' };
  throw new DomainError(
    'AGREEMENT_NOT_ACTIVE',
    {
      zh: `协议（${agreement.number}）${ended.zh}，不能再处以${m.zh}`,
      en: `Agreement ${agreement.number} ${ended.en}; ${m.en} can no longer be imposed on it`,
    },
    { currentStatus: agreement.status, measure },
  );
}
