import { z } from 'zod';
import type { DispatchedDocument } from '../../db/generated/prisma/client.js';
import { appendAuditEvent } from '../../audit/append-event.js';
import { inTransaction, type CommandContext } from '../transaction.js';
import { ENTITY, EVENT } from '../audit-event-types.js';
import { requireCapability } from '../shared/actor.js';
import { parseInput } from '../shared/input.js';
import { uuid, line } from '../shared/schemas.js';
import { loadDecidedPenalty } from './load-penalty.js';

export const dispatchHealthAuthorityNoticeInput = z.object({
  penaltyId: uuid,
  /** The health authority notified (卫生健康行政部门). */
  recipient: line(200),
  documentRef: line(200),
});

export interface DocumentResult {
  document: DispatchedDocument;
  auditSeq: bigint;
}

/**
 * A physician's billing suspension is notified to the health authority (S2 (docs/domain/sources.md): 停止医保结算
 * 资格并通报卫生健康部门): the notice is recorded as a dispatched document whose delivery is then
 * tracked (`recordDocumentDelivery`).
 */
export async function dispatchHealthAuthorityNotice(
  ctx: CommandContext,
  raw: z.input<typeof dispatchHealthAuthorityNoticeInput>,
): Promise<DocumentResult> {
  requireCapability(ctx.actor, 'decidePenalties');
  const input = parseInput(dispatchHealthAuthorityNoticeInput, raw);
  const now = ctx.now ?? new Date();
  return inTransaction(ctx, async (tx) => {
    const penalty = await loadDecidedPenalty(
      tx,
      ctx.actor,
      input.penaltyId,
      ['PHYSICIAN_BILLING_SUSPENSION'],
      'NOTIFY',
    );
    const document = await tx.dispatchedDocument.create({
      data: {
        insurerId: penalty.agreement.insurerId,
        providerId: penalty.providerId,
        penaltyId: penalty.id,
        physicianId: penalty.physicianId,
        kind: 'HEALTH_AUTHORITY_NOTICE',
        recipient: input.recipient,
        documentRef: input.documentRef,
        dispatchedAt: now,
      },
    });
    const { seq } = await appendAuditEvent(tx, {
      type: EVENT.documentDispatched,
      entityType: ENTITY.dispatchedDocument,
      entityId: document.id,
      actor: ctx.actor,
      requestId: ctx.requestId,
      insurerId: document.insurerId,
      providerId: document.providerId,
      data: {
        kind: document.kind,
        penaltyNumber: penalty.number,
        recipient: document.recipient,
        documentRef: document.documentRef,
        deliveryStatus: document.deliveryStatus,
      },
    });
    return { document, auditSeq: seq };
  });
}
