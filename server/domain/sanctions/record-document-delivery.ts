import { z } from 'zod';
import { appendAuditEvent } from '../../audit/append-event.js';
import { visible } from '../../auth/tenant-filters.js';
import { inTransaction, type CommandContext } from '../transaction.js';
import { illegalTransition, notFound } from '../errors.js';
import { ENTITY, EVENT } from '../audit-event-types.js';
import { requireCapability, requireInsurer } from '../shared/actor.js';
import { parseInput } from '../shared/input.js';
import { expectedVersion, uuid } from '../shared/schemas.js';
import { assertUpdated, checkVersion } from '../shared/versioning.js';
import type { DocumentResult } from './dispatch-health-authority-notice.js';

export const recordDocumentDeliveryInput = z.object({
  id: uuid,
  expectedVersion,
  deliveryStatus: z.enum(['DELIVERED', 'RETURNED']),
});

/** DISPATCHED → DELIVERED or RETURNED (a returned notice may be dispatched again as a new document). */
export async function recordDocumentDelivery(
  ctx: CommandContext,
  raw: z.input<typeof recordDocumentDeliveryInput>,
): Promise<DocumentResult> {
  requireCapability(ctx.actor, 'decidePenalties');
  const input = parseInput(recordDocumentDeliveryInput, raw);
  const now = ctx.now ?? new Date();
  return inTransaction(ctx, async (tx) => {
    const doc = await tx.dispatchedDocument.findFirst({
      where: { AND: [{ id: input.id }, visible.dispatchedDocument(ctx.actor)] },
    });
    if (!doc) throw notFound('DispatchedDocument', input.id);
    requireInsurer(ctx.actor, doc.insurerId, 'DispatchedDocument', doc.id);
    if (doc.deliveryStatus !== 'DISPATCHED')
      throw illegalTransition('DispatchedDocument', doc.id, doc.deliveryStatus, input.deliveryStatus);
    checkVersion('DispatchedDocument', doc, input.expectedVersion);
    const { count } = await tx.dispatchedDocument.updateMany({
      where: { id: doc.id, version: input.expectedVersion },
      data: {
        deliveryStatus: input.deliveryStatus,
        deliveredAt: input.deliveryStatus === 'DELIVERED' ? now : null,
        version: { increment: 1 },
      },
    });
    assertUpdated(count, 'DispatchedDocument', doc, input.expectedVersion);
    const document = await tx.dispatchedDocument.findUniqueOrThrow({ where: { id: doc.id } });
    const { seq } = await appendAuditEvent(tx, {
      type: EVENT.documentDeliveryRecorded,
      entityType: ENTITY.dispatchedDocument,
      entityId: doc.id,
      actor: ctx.actor,
      requestId: ctx.requestId,
      insurerId: doc.insurerId,
      providerId: doc.providerId,
      data: { documentRef: doc.documentRef, deliveryStatus: input.deliveryStatus },
    });
    return { document, auditSeq: seq };
  });
}
