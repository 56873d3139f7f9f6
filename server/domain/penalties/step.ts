import type { Tx } from '../../db/database.js';
import type { Agreement, Penalty, Prisma } from '../../db/generated/prisma/client.js';
import type { PenaltyStatus } from '../../db/generated/prisma/enums.js';
import type { Viewer } from '../../auth/viewer.js';
import { appendAuditEvent } from '../../audit/append-event.js';
import { visible } from '../../auth/tenant-filters.js';
import { ENTITY, type EventType } from '../audit-event-types.js';
import { notFound } from '../errors.js';
import { requireInsurer } from '../shared/actor.js';
import { assertUpdated, checkVersion } from '../shared/versioning.js';

export interface PenaltyResult {
  penalty: Penalty;
  auditSeq: bigint;
}

export type PenaltyWithAgreement = Penalty & { agreement: Agreement };

/**
 * Loads a penalty visible to the actor. With `agency`, the actor must also act for the
 * agreement's insurer; otherwise NOT_FOUND, as if it did not exist.
 */
export async function loadPenalty(
  tx: Tx,
  actor: Viewer,
  id: string,
  agency = true,
): Promise<PenaltyWithAgreement> {
  const penalty = await tx.penalty.findFirst({
    where: { AND: [{ id }, visible.penalty(actor)] },
    include: { agreement: true },
  });
  if (!penalty) throw notFound('Penalty', id);
  if (agency) requireInsurer(actor, penalty.agreement.insurerId, 'Penalty', id);
  return penalty;
}

/** Tenant tags of a penalty's events. Insured persons are never tags (personal data). */
export function penaltyTags(p: { providerId: string; agreement: Pick<Agreement, 'insurerId'> }) {
  return { insurerId: p.agreement.insurerId, providerId: p.providerId };
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
