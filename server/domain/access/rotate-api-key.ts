import { z } from 'zod';
import { appendAuditEvent } from '../../audit/append-event.js';
import { announceRevocation, credentialRevoked } from '../../auth/revocation.js';
import type { ApiKey } from '../../db/generated/prisma/client.js';
import { inTransaction, type CommandContext } from '../transaction.js';
import { DomainError } from '../errors.js';
import { requireCapability } from '../shared/actor.js';
import { parseInput } from '../shared/input.js';
import { uuid } from '../shared/schemas.js';
import { checkExpiry, createKey, keyEvent, manageableClient, type IssuedKey } from './issue-api-key.js';
import { manageableKey } from './revoke-api-key.js';
import { ACCESS_EVENT } from './events.js';

export const rotateApiKeyInput = z.object({
  id: uuid,
  /** Minutes the old key keeps working so the partner can deploy the new one; 0 revokes it now. */
  graceMinutes: z.number().int().min(0).max(7 * 24 * 60).default(0),
  expiresAt: z.date({ message: 'must be an instant' }).nullish(),
});
export type RotateApiKeyInput = z.input<typeof rotateApiKeyInput>;

/**
 * Replaces a key by a new one of the same client and label. The old key is revoked now, or,
 * with a grace period, expires at its end (never later than it already would).
 */
export async function rotateApiKey(ctx: CommandContext, raw: RotateApiKeyInput): Promise<IssuedKey & { previous: ApiKey }> {
  requireCapability(ctx.actor, 'manageAccess');
  const input = parseInput(rotateApiKeyInput, raw);
  const now = ctx.now ?? new Date();
  checkExpiry(input.expiresAt ?? null, now, ['expiresAt']);
  const result = await inTransaction(ctx, async (tx) => {
    const { key: old } = await manageableKey(tx, ctx, input.id);
    if (old.revokedAt || (old.expiresAt && old.expiresAt <= now)) {
      throw new DomainError('CONFLICT', { zh: '该 API 密钥已失效，请直接签发新密钥', en: 'The API key is no longer valid; issue a new one' }, { id: old.id });
    }
    const client = await manageableClient(tx, ctx, old.apiClientId);
    const graceEnd = new Date(now.getTime() + input.graceMinutes * 60_000);
    const previous =
      input.graceMinutes === 0
        ? await tx.apiKey.update({ where: { id: old.id }, data: { revokedAt: now } })
        : await tx.apiKey.update({
            where: { id: old.id },
            data: { expiresAt: old.expiresAt && old.expiresAt < graceEnd ? old.expiresAt : graceEnd },
          });
    if (input.graceMinutes === 0) await announceRevocation(tx, old.id);
    const { apiKey, key } = await createKey(tx, client, old.label, input.expiresAt ?? old.expiresAt ?? null);
    const event = await appendAuditEvent(
      tx,
      keyEvent(ctx, ACCESS_EVENT.apiKeyRotated, client, apiKey, { previousKeyId: old.id, previousPrefix: old.prefix, graceMinutes: input.graceMinutes }),
    );
    return { apiKey, key, previous, auditSeq: event.seq };
  });
  if (input.graceMinutes === 0) credentialRevoked(input.id);
  return result;
}
