import { z } from 'zod';
import { appendAuditEvent } from '../../audit/append-event.js';
import type { WebhookEndpoint } from '../../db/generated/prisma/client.js';
import { visible } from '../../auth/tenant-filters.js';
import { inTransaction, type CommandContext } from '../transaction.js';
import { DomainError, notFound } from '../errors.js';
import { requireCapability } from '../shared/actor.js';
import { parseInput } from '../shared/input.js';
import { uuid } from '../shared/schemas.js';
import { WEBHOOK_ENTITY, WEBHOOK_EVENT } from './events.js';

export const disableWebhookInput = z.object({ id: uuid });

/** Stops deliveries to an endpoint; pending deliveries stay PENDING and are not attempted. */
export async function disableWebhook(
  ctx: CommandContext,
  raw: z.input<typeof disableWebhookInput>,
): Promise<{ endpoint: WebhookEndpoint; auditSeq: bigint }> {
  const { actor } = ctx;
  requireCapability(actor, 'manageWebhooks');
  const { id } = parseInput(disableWebhookInput, raw);
  return inTransaction(ctx, async (tx) => {
    const current = await tx.webhookEndpoint.findFirst({ where: { id, AND: [visible.webhookEndpoint(actor)] }, include: { apiClient: true } });
    if (!current) throw notFound('WebhookEndpoint', id);
    if (!current.active) {
      throw new DomainError('CONFLICT', { zh: '该 Webhook 已停用', en: 'This webhook is already disabled' }, { id });
    }
    const endpoint = await tx.webhookEndpoint.update({ where: { id }, data: { active: false, disabledAt: new Date() } });
    const event = await appendAuditEvent(tx, {
      type: WEBHOOK_EVENT.disabled,
      entityType: WEBHOOK_ENTITY.endpoint,
      entityId: id,
      data: { apiClientId: current.apiClientId },
      actor,
      requestId: ctx.requestId,
      insurerId: current.apiClient.insurerId,
      partnerId: current.apiClient.partnerId,
    });
    return { endpoint, auditSeq: event.seq };
  });
}
