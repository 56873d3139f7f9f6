import { z } from 'zod';
import { appendAuditEvent } from '../../audit/append-event.js';
import { generateApiKey } from '../../auth/api-key.js';
import { visible } from '../../auth/tenant-filters.js';
import type { Tx } from '../../db/database.js';
import type { ApiClient, ApiKey } from '../../db/generated/prisma/client.js';
import { inTransaction, type CommandContext } from '../transaction.js';
import { DomainError, notFound } from '../errors.js';
import { requireCapability } from '../shared/actor.js';
import { invalidField, parseInput } from '../shared/input.js';
import { uuid, optionalLine } from '../shared/schemas.js';
import { MAX_KEY_LIFETIME_DAYS } from './rules.js';
import { ACCESS_ENTITY, ACCESS_EVENT } from './events.js';

export const issueApiKeyInput = z.object({
  apiClientId: uuid,
  label: optionalLine(200),
  expiresAt: z.date({ message: 'must be an instant' }).nullish(),
});
export type IssueApiKeyInput = z.input<typeof issueApiKeyInput>;

export interface IssuedKey {
  apiKey: ApiKey;
  /** The whole key, shown to the caller once; only its hash is stored. */
  key: string;
  auditSeq: bigint;
}

/** Issues a new key for an API client the actor manages. */
export async function issueApiKey(ctx: CommandContext, raw: IssueApiKeyInput): Promise<IssuedKey> {
  const { actor } = ctx;
  requireCapability(actor, 'manageAccess');
  const input = parseInput(issueApiKeyInput, raw);
  const now = ctx.now ?? new Date();
  checkExpiry(input.expiresAt ?? null, now, ['expiresAt']);
  return inTransaction(ctx, async (tx) => {
    const client = await manageableClient(tx, ctx, input.apiClientId);
    const { apiKey, key } = await createKey(tx, client, input.label ?? null, input.expiresAt ?? null);
    const event = await appendAuditEvent(tx, keyEvent(ctx, ACCESS_EVENT.apiKeyIssued, client, apiKey, {}));
    return { apiKey, key, auditSeq: event.seq };
  });
}

export function checkExpiry(expiresAt: Date | null, now: Date, path: string[]): void {
  if (!expiresAt) return;
  if (expiresAt <= now) throw invalidField(path, 'must be in the future');
  if (expiresAt.getTime() - now.getTime() > MAX_KEY_LIFETIME_DAYS * 86_400_000) {
    throw invalidField(path, `at most ${MAX_KEY_LIFETIME_DAYS} days ahead`);
  }
}

/** An API client the actor may manage; another tenant's client answers NOT_FOUND. */
export async function manageableClient(tx: Tx, ctx: CommandContext, apiClientId: string): Promise<ApiClient> {
  const client = await tx.apiClient.findFirst({ where: { AND: [{ id: apiClientId }, visible.apiClient(ctx.actor)] } });
  if (!client) throw notFound('ApiClient', apiClientId);
  if (client.disabledAt) {
    throw new DomainError('CONFLICT', { zh: 'API 客户端已停用', en: 'The API client is disabled' }, { apiClientId });
  }
  return client;
}

export async function createKey(tx: Tx, client: ApiClient, label: string | null, expiresAt: Date | null) {
  const generated = generateApiKey();
  const apiKey = await tx.apiKey.create({
    data: { apiClientId: client.id, prefix: generated.prefix, keyHash: generated.keyHash, label, expiresAt },
  });
  return { apiKey, key: generated.key };
}

/** The audit event of a key change: ids, the public prefix and dates, never the key. */
export function keyEvent(ctx: CommandContext, type: string, client: ApiClient, apiKey: ApiKey, extra: Record<string, unknown>) {
  return {
    type,
    entityType: ACCESS_ENTITY.apiKey,
    entityId: apiKey.id,
    data: {
      apiClientId: client.id,
      prefix: apiKey.prefix,
      label: apiKey.label,
      expiresAt: apiKey.expiresAt?.toISOString() ?? null,
      ...extra,
    },
    actor: ctx.actor,
    requestId: ctx.requestId,
    insurerId: client.insurerId,
    partnerId: client.partnerId,
  };
}
