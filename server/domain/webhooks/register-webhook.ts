import { z } from 'zod';
import { appendAuditEvent } from '../../audit/append-event.js';
import { generateWebhookSecret } from '../../audit/webhooks/signature.js';
import type { WebhookEndpoint } from '../../db/generated/prisma/client.js';
import { visible } from '../../auth/tenant-filters.js';
import { inTransaction, type CommandContext } from '../transaction.js';
import { notFound } from '../errors.js';
import { requireCapability } from '../shared/actor.js';
import { invalidField, parseInput } from '../shared/input.js';
import { uuid } from '../shared/schemas.js';
import { WEBHOOK_ENTITY, WEBHOOK_EVENT } from './events.js';

const webhookUrl = z
  .string()
  .trim()
  .max(2000, 'at most 2000 characters')
  .refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === 'https:' || url.protocol === 'http:') && !url.username && !url.password;
    } catch {
      return false;
    }
  }, 'must be an http(s) URL without credentials');

export const registerWebhookInput = z.object({
  apiClientId: uuid.nullish(),
  url: webhookUrl,
  eventTypes: z.array(z.string().trim().min(1).max(100)).max(100).default([]),
});
export type RegisterWebhookInput = z.input<typeof registerWebhookInput>;

/**
 * Registers an endpoint for an API client. An API client registers for itself; an admin for
 * a client it manages. The signing secret is returned once. Delivery starts with the events
 * after this registration's own audit event (the endpoint's cursor is set to its seq).
 */
export async function registerWebhook(
  ctx: CommandContext,
  raw: RegisterWebhookInput,
): Promise<{ endpoint: WebhookEndpoint; secret: string; auditSeq: bigint }> {
  const { actor } = ctx;
  requireCapability(actor, 'manageWebhooks');
  const input = parseInput(registerWebhookInput, raw);
  const apiClientId = actor.actorType === 'API_CLIENT' ? actor.actorId : input.apiClientId;
  if (!apiClientId) throw invalidField(['apiClientId'], 'required');
  if (actor.actorType === 'API_CLIENT' && input.apiClientId && input.apiClientId !== actor.actorId) {
    throw notFound('ApiClient', input.apiClientId);
  }
  return inTransaction(ctx, async (tx) => {
    const where = actor.actorType === 'API_CLIENT' ? { id: apiClientId } : { id: apiClientId, AND: [visible.apiClient(actor)] };
    const client = await tx.apiClient.findFirst({ where });
    if (!client || client.disabledAt) throw notFound('ApiClient', apiClientId);
    const secret = generateWebhookSecret();
    const created = await tx.webhookEndpoint.create({
      data: { apiClientId: client.id, url: input.url, secret, eventTypes: [...new Set(input.eventTypes)] },
    });
    const event = await appendAuditEvent(tx, {
      type: WEBHOOK_EVENT.registered,
      entityType: WEBHOOK_ENTITY.endpoint,
      entityId: created.id,
      // The URL's origin only: paths and queries may carry a receiver's own tokens.
      data: { apiClientId: client.id, origin: new URL(input.url).origin, eventTypes: created.eventTypes },
      actor,
      requestId: ctx.requestId,
      insurerId: client.insurerId,
      partnerId: client.partnerId,
    });
    const endpoint = await tx.webhookEndpoint.update({ where: { id: created.id }, data: { cursorSeq: event.seq } });
    return { endpoint, secret, auditSeq: event.seq };
  });
}
