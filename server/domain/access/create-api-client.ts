import { z } from 'zod';
import { appendAuditEvent } from '../../audit/append-event.js';
import type { ApiClient } from '../../db/generated/prisma/client.js';
import { inTransaction, type CommandContext } from '../transaction.js';
import { notFound } from '../errors.js';
import { requireCapability } from '../shared/actor.js';
import { invalidField, parseInput } from '../shared/input.js';
import { uuid, line } from '../shared/schemas.js';
import { API_CLIENT_ROLES } from './rules.js';
import { ACCESS_ENTITY, ACCESS_EVENT } from './events.js';

export const createApiClientInput = z.object({
  name: line(200),
  role: z.enum(API_CLIENT_ROLES),
  partnerId: uuid.nullish(),
  insurerId: uuid.nullish(),
});
export type CreateApiClientInput = z.input<typeof createApiClientInput>;

/**
 * Registers a partner system or an integrator. A PARTNER client is bound to one partner; an
 * INTEGRATOR to exactly one insurer or one partner (its event scope). An insurer admin may
 * register only integrators of its own insurer; partners are registered by the platform admin.
 */
export async function createApiClient(ctx: CommandContext, raw: CreateApiClientInput): Promise<{ apiClient: ApiClient; auditSeq: bigint }> {
  const { actor } = ctx;
  requireCapability(actor, 'manageAccess');
  const input = parseInput(createApiClientInput, raw);
  let insurerId = input.insurerId ?? null;
  const partnerId = input.partnerId ?? null;
  if (actor.role !== 'PLATFORM_ADMIN') {
    if (input.role !== 'INTEGRATOR' || partnerId) throw invalidField(['role'], 'an insurer admin registers integrators of its own insurer only');
    if (insurerId && insurerId !== actor.insurerId) throw notFound('Insurer', insurerId);
    insurerId = actor.insurerId;
  }
  if (input.role === 'PARTNER' && (!partnerId || insurerId)) throw invalidField(['partnerId'], 'a partner client is bound to one partner');
  if (input.role === 'INTEGRATOR' && (insurerId === null) === (partnerId === null)) {
    throw invalidField(['insurerId'], 'an integrator is bound to exactly one insurer or one partner');
  }
  return inTransaction(ctx, async (tx) => {
    if (insurerId && !(await tx.insurer.findUnique({ where: { id: insurerId } }))) throw notFound('Insurer', insurerId);
    if (partnerId && !(await tx.partner.findUnique({ where: { id: partnerId } }))) throw notFound('Partner', partnerId);
    const apiClient = await tx.apiClient.create({ data: { name: input.name, role: input.role, insurerId, partnerId } });
    const event = await appendAuditEvent(tx, {
      type: ACCESS_EVENT.apiClientCreated,
      entityType: ACCESS_ENTITY.apiClient,
      entityId: apiClient.id,
      data: { name: apiClient.name, role: apiClient.role, insurerId, partnerId },
      actor,
      requestId: ctx.requestId,
      insurerId,
      partnerId,
    });
    return { apiClient, auditSeq: event.seq };
  });
}
