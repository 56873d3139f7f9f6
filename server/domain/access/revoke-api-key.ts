import { z } from 'zod';
import { appendAuditEvent } from '../../audit/append-event.js';
import { announceRevocation, credentialRevoked } from '../../auth/revocation.js';
import { visible } from '../../auth/tenant-filters.js';
import type { Tx } from '../../db/database.js';
import type { ApiKey } from '../../db/generated/prisma/client.js';
import { inTransaction, type CommandContext } from '../transaction.js';
import { DomainError, notFound } from '../errors.js';
import { requireCapability } from '../shared/actor.js';
import { parseInput } from '../shared/input.js';
import { uuid } from '../shared/schemas.js';
import { keyEvent } from './issue-api-key.js';
import { ACCESS_EVENT } from './events.js';

export const revokeApiKeyInput = z.object({ id: uuid });
export type RevokeApiKeyInput = z.input<typeof revokeApiKeyInput>;

/**
 * Revokes a key at once: requests with it are refused from the next one on, and sockets opened
 * with it are closed (in this process right after commit, in other replicas on the NOTIFY).
 */
export async function revokeApiKey(ctx: CommandContext, raw: RevokeApiKeyInput): Promise<{ apiKey: ApiKey; auditSeq: bigint }> {
  requireCapability(ctx.actor, 'manageAccess');
  const input = parseInput(revokeApiKeyInput, raw);
  const now = ctx.now ?? new Date();
  const result = await inTransaction(ctx, async (tx) => {
    const { key, client } = await manageableKey(tx, ctx, input.id);
    if (key.revokedAt) {
      throw new DomainError('CONFLICT', { zh: 'API 密钥已被吊销', en: 'The API key is already revoked' }, { id: key.id });
    }
    const apiKey = await tx.apiKey.update({ where: { id: key.id }, data: { revokedAt: now } });
    await announceRevocation(tx, key.id);
    const event = await appendAuditEvent(tx, keyEvent(ctx, ACCESS_EVENT.apiKeyRevoked, client, apiKey, {}));
    return { apiKey, auditSeq: event.seq };
  });
  credentialRevoked(input.id);
  return result;
}

/** A key of a client the actor manages; another tenant's key answers NOT_FOUND. */
export async function manageableKey(tx: Tx, ctx: CommandContext, id: string) {
  const key = await tx.apiKey.findFirst({ where: { AND: [{ id }, visible.apiKey(ctx.actor)] }, include: { apiClient: true } });
  if (!key) throw notFound('ApiKey', id);
  const { apiClient: client, ...rest } = key;
  return { key: rest as ApiKey, client };
}
