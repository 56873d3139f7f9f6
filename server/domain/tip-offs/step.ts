import type { Tx } from '../../db/database.js';
import type { Prisma, TipOff } from '../../db/generated/prisma/client.js';
import type { Viewer } from '../../auth/viewer.js';
import { appendAuditEvent } from '../../audit/append-event.js';
import { visible } from '../../auth/tenant-filters.js';
import { illegalTransition, notFound } from '../errors.js';
import { ENTITY } from '../audit-event-types.js';
import { requireInsurer } from '../shared/actor.js';
import { assertUpdated, checkVersion } from '../shared/versioning.js';
import type { TipOffResult } from './receive-tip-off.js';

/** Loads a tip-off of the actor's insurer in one of the allowed states at the expected version. */
export async function loadTipOffForStep(
  tx: Tx,
  actor: Viewer,
  id: string,
  allowed: readonly TipOff['status'][],
  action: string,
  expectedVersion: number,
): Promise<TipOff> {
  const tipOff = await tx.tipOff.findFirst({ where: { AND: [{ id }, visible.tipOff(actor)] } });
  if (!tipOff) throw notFound('TipOff', id);
  requireInsurer(actor, tipOff.insurerId, 'TipOff', tipOff.id);
  if (!allowed.includes(tipOff.status)) throw illegalTransition('TipOff', tipOff.id, tipOff.status, action);
  checkVersion('TipOff', tipOff, expectedVersion);
  return tipOff;
}

/**
 * Version-guarded update and its event. Events are tagged with the insurer (and the partner
 * investigating, when there is one) but never the provider, and never carry the reporter.
 */
export async function writeTipOffStep(
  tx: Tx,
  step: {
    tipOff: TipOff;
    expectedVersion: number;
    patch: Prisma.TipOffUncheckedUpdateManyInput;
    event: string;
    actor: Viewer;
    requestId: string | null;
    data: Record<string, unknown>;
  },
): Promise<TipOffResult> {
  const { tipOff } = step;
  const { count } = await tx.tipOff.updateMany({
    where: { id: tipOff.id, version: step.expectedVersion },
    data: { ...step.patch, version: { increment: 1 } },
  });
  assertUpdated(count, 'TipOff', tipOff, step.expectedVersion);
  const updated = await tx.tipOff.findUniqueOrThrow({ where: { id: tipOff.id } });
  const { seq } = await appendAuditEvent(tx, {
    type: step.event,
    entityType: ENTITY.tipOff,
    entityId: tipOff.id,
    actor: step.actor,
    requestId: step.requestId,
    insurerId: tipOff.insurerId,
    partnerId: updated.assigneePartnerId,
    data: { number: tipOff.number, fromStatus: tipOff.status, toStatus: updated.status, ...step.data },
  });
  return { tipOff: updated, auditSeq: seq };
}
