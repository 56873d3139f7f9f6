import { randomUUID } from 'node:crypto';
import type { Tx } from '../db/database.js';
import type { Viewer } from '../auth/viewer.js';
import { bodyDigest, canonicalJson, type EventBody } from './canonical.js';

export const AUDIT_CHANNEL = 'audit_events';
export const EVENT_SOURCE = 'urn:agreement-hub';
/** Any constant works; it only has to be the same for every appender. */
export const APPEND_LOCK_KEY = 724_2001;

export interface NewAuditEvent {
  /** e.g. `agreement.signed`, `penalty.issued` (see server/domain/audit-event-types.ts). */
  type: string;
  entityType: string;
  entityId: string;
  data: Record<string, unknown>;
  actor: Viewer;
  requestId?: string | null;
  /** Tenant tags: who may see the event (lists, subscriptions, webhooks and exports filter on them). */
  insurerId?: string | null;
  providerId?: string | null;
  partnerId?: string | null;
}

/**
 * Appends one event inside the caller's transaction, so the event exists exactly when the
 * state change does.
 *
 * Everything that does not depend on the predecessor (id, time, the canonical body and its
 * digest) is prepared in Node before the lock. Then one round trip: the `audit_append`
 * function (migration 20261206021500) takes the advisory lock, reads the predecessor with a
 * fresh snapshot, computes the link hash, inserts and queues the NOTIFY that PostgreSQL
 * delivers only if and when this transaction commits. The lock serialises appenders until
 * commit, which makes `seq` order the commit order; it is held for that one call and COMMIT
 * (it used to be two calls: the lock, then the append).
 */
export async function appendAuditEvent(tx: Tx, event: NewAuditEvent): Promise<{ seq: bigint; id: string; hash: string }> {
  // Round-trip through canonical JSON so the stored jsonb reads back as exactly what was hashed
  // (bigints become strings, undefined disappears, key order no longer matters).
  const dataJson = canonicalJson(event.data ?? {});
  const body: EventBody = {
    id: randomUUID(),
    source: EVENT_SOURCE,
    type: event.type,
    subject: `${event.entityType}/${event.entityId}`,
    entityType: event.entityType,
    entityId: event.entityId,
    time: new Date(),
    data: JSON.parse(dataJson) as unknown,
    actorType: event.actor.actorType,
    actorId: event.actor.actorId,
    requestId: event.requestId ?? null,
    insurerId: event.insurerId ?? null,
    providerId: event.providerId ?? null,
    partnerId: event.partnerId ?? null,
  };
  const digest = bodyDigest(body);

  const rows = await tx.$queryRaw<{ seq: bigint | number | string; hash: string }[]>`
    SELECT "seq", "hash" FROM "audit_append"(${body.id}::uuid, ${body.source}, ${body.type}, ${body.subject},
      ${body.entityType}, ${body.entityId}, ${body.time}::timestamptz, ${dataJson}::jsonb, ${body.actorType}::"ActorType",
      ${body.actorId}, ${body.requestId}, ${body.insurerId}::uuid, ${body.providerId}::uuid, ${body.partnerId}::uuid,
      ${digest}, ${APPEND_LOCK_KEY}::bigint, ${AUDIT_CHANNEL})`;
  const row = rows[0]!;
  return { seq: BigInt(row.seq), id: body.id, hash: row.hash };
}
