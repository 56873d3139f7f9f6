import { z } from 'zod';
import { appendAuditEvent } from '../../audit/append-event.js';
import { announceRevocation, credentialRevoked } from '../../auth/revocation.js';
import type { ApiClient } from '../../db/generated/prisma/client.js';
import { inTransaction, type CommandContext } from '../transaction.js';
import { requireCapability } from '../shared/actor.js';
import { parseInput } from '../shared/input.js';
import { optionalText, uuid } from '../shared/schemas.js';
import { manageableClient } from './issue-api-key.js';
import { ACCESS_ENTITY, ACCESS_EVENT } from './events.js';

export const disableApiClientInput = z.object({ id: uuid, reason: optionalText(500) });
export type DisableApiClientInput = z.input<typeof disableApiClientInput>;

/**
 * Disables a partner system or integrator as a whole (a compromised gateway, an ended
 * contract): every key of it is refused from the next request on, whatever its own state, and
 * the sockets opened with any of them close — in this process right after commit, in other
 * replicas on the NOTIFY each key's id is announced on (the same channel a key revocation
 * uses, so their cached viewers are dropped too). No key can be issued for it afterwards
 * (`manageableClient` refuses a disabled client); another tenant's client answers NOT_FOUND,
 * an already disabled one CONFLICT without an event.
 */
export async function disableApiClient(ctx: CommandContext, raw: DisableApiClientInput): Promise<{ apiClient: ApiClient; auditSeq: bigint }> {
  requireCapability(ctx.actor, 'manageAccess');
  const input = parseInput(disableApiClientInput, raw);
  const now = ctx.now ?? new Date();
  const { result, keyIds } = await inTransaction(ctx, async (tx) => {
    const client = await manageableClient(tx, ctx, input.id);
    const apiClient = await tx.apiClient.update({ where: { id: client.id }, data: { disabledAt: now } });
    const keys = await tx.apiKey.findMany({ where: { apiClientId: client.id }, select: { id: true } });
    for (const key of keys) await announceRevocation(tx, key.id);
    const event = await appendAuditEvent(tx, {
      type: ACCESS_EVENT.apiClientDisabled,
      entityType: ACCESS_ENTITY.apiClient,
      entityId: apiClient.id,
      data: { name: apiClient.name, role: apiClient.role, keys: keys.length, reason: input.reason ?? null },
      actor: ctx.actor,
      requestId: ctx.requestId,
      insurerId: apiClient.insurerId,
      partnerId: apiClient.partnerId,
    });
    return { result: { apiClient, auditSeq: event.seq }, keyIds: keys.map((k) => k.id) };
  });
  for (const id of keyIds) credentialRevoked(id);
  return result;
}
