import { z } from 'zod';
import { appendAuditEvent } from '../../audit/append-event.js';
import { visible } from '../../auth/tenant-filters.js';
import type { ApiClient } from '../../db/generated/prisma/client.js';
import { inTransaction, type CommandContext } from '../transaction.js';
import { DomainError, notFound } from '../errors.js';
import { requireCapability } from '../shared/actor.js';
import { parseInput } from '../shared/input.js';
import { optionalText, uuid } from '../shared/schemas.js';
import { ACCESS_ENTITY, ACCESS_EVENT } from './events.js';

export const enableApiClientInput = z.object({ id: uuid, reason: optionalText(500) });
export type EnableApiClientInput = z.input<typeof enableApiClientInput>;

/**
 * Undoes disableApiClient (the contract resumed, the gateway cleaned): the client's keys that
 * are neither revoked nor expired work again from the next request on, and keys can be issued
 * for it again. Disabling revoked no key, so a key that leaked must be revoked (revokeApiKey
 * works on a disabled client's keys) before the client is enabled; the event counts the keys
 * that come back. Another tenant's client answers NOT_FOUND, one that is not disabled CONFLICT
 * without an event. Nothing to close or announce: no credential became less valid.
 */
export async function enableApiClient(ctx: CommandContext, raw: EnableApiClientInput): Promise<{ apiClient: ApiClient; auditSeq: bigint }> {
  requireCapability(ctx.actor, 'manageAccess');
  const input = parseInput(enableApiClientInput, raw);
  const now = ctx.now ?? new Date();
  return inTransaction(ctx, async (tx) => {
    const client = await tx.apiClient.findFirst({ where: { AND: [{ id: input.id }, visible.apiClient(ctx.actor)] } });
    if (!client) throw notFound('ApiClient', input.id);
    if (!client.disabledAt) {
      throw new DomainError('CONFLICT', { zh: 'API 客户端未停用', en: 'The API client is not disabled' }, { apiClientId: client.id });
    }
    const apiClient = await tx.apiClient.update({ where: { id: client.id }, data: { disabledAt: null } });
    const usableKeys = await tx.apiKey.count({
      where: { apiClientId: client.id, revokedAt: null, OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] },
    });
    const event = await appendAuditEvent(tx, {
      type: ACCESS_EVENT.apiClientEnabled,
      entityType: ACCESS_ENTITY.apiClient,
      entityId: apiClient.id,
      data: {
        name: apiClient.name,
        role: apiClient.role,
        disabledAt: client.disabledAt.toISOString(),
        usableKeys,
        reason: input.reason ?? null,
      },
      actor: ctx.actor,
      requestId: ctx.requestId,
      insurerId: apiClient.insurerId,
      partnerId: apiClient.partnerId,
    });
    return { apiClient, auditSeq: event.seq };
  });
}
