import { z } from 'zod';
import { appendAuditEvent } from '../../audit/append-event.js';
import type { WebhookDelivery } from '../../db/generated/prisma/client.js';
import { visible } from '../../auth/tenant-filters.js';
import { inTransaction, type CommandContext } from '../transaction.js';
import { DomainError, notFound } from '../errors.js';
import { requireCapability } from '../shared/actor.js';
import { parseInput } from '../shared/input.js';
import { uuid } from '../shared/schemas.js';
import { WEBHOOK_ENTITY, WEBHOOK_EVENT } from './events.js';

export const redeliverWebhookInput = z.object({ deliveryId: uuid });

/**
 * Sends a dead (or already delivered) event again, with a fresh set of attempts. A receiver
 * that already has it recognises it by `seq`.
 */
export async function redeliverWebhook(
  ctx: CommandContext,
  raw: z.input<typeof redeliverWebhookInput>,
): Promise<{ delivery: WebhookDelivery; auditSeq: bigint }> {
  const { actor } = ctx;
  requireCapability(actor, 'manageWebhooks');
  const { deliveryId } = parseInput(redeliverWebhookInput, raw);
  return inTransaction(ctx, async (tx) => {
    const current = await tx.webhookDelivery.findFirst({
      where: { id: deliveryId, AND: [visible.webhookDelivery(actor)] },
      include: { endpoint: { include: { apiClient: true } } },
    });
    if (!current) throw notFound('WebhookDelivery', deliveryId);
    if (current.status === 'PENDING') {
      throw new DomainError('CONFLICT', { zh: '该投递仍在等待重试', en: 'This delivery is still pending' }, { deliveryId });
    }
    if (!current.endpoint.active) {
      throw new DomainError('CONFLICT', { zh: '该 Webhook 已停用', en: 'The webhook of this delivery is disabled' }, { deliveryId });
    }
    const delivery = await tx.webhookDelivery.update({
      where: { id: deliveryId },
      data: { status: 'PENDING', attempts: 0, nextAttemptAt: new Date(), deliveredAt: null },
    });
    const event = await appendAuditEvent(tx, {
      type: WEBHOOK_EVENT.redeliveryRequested,
      entityType: WEBHOOK_ENTITY.delivery,
      entityId: deliveryId,
      data: { endpointId: current.endpointId, eventSeq: current.eventSeq, previousStatus: current.status },
      actor,
      requestId: ctx.requestId,
      insurerId: current.endpoint.apiClient.insurerId,
      partnerId: current.endpoint.apiClient.partnerId,
    });
    return { delivery, auditSeq: event.seq };
  });
}
