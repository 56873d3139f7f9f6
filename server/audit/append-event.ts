import { randomUUID } from 'node:crypto';
import type { Tx } from '../db/database.js';
import { Prisma } from '../db/generated/prisma/client.js';
import type { Viewer } from '../auth/viewer.js';
import { bodyDigest, canonicalJson, GENESIS_HASH, type EventBody } from './canonical.js';
import { RESTORE_ROLE_SQL, SYSTEM_ROLE_SQL } from '../policy/settings.js';

export const AUDIT_CHANNEL = 'audit_events';
export const EVENT_SOURCE = 'urn:agreement-hub';
/** Any constant works; it only has to be the same for every appender. */
const APPEND_LOCK_KEY = 724_2001;

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
 * digest) is prepared before the lock. The advisory lock then serialises appenders until
 * commit, which makes `seq` order the commit order. Under the lock there is exactly one more
 * statement: it reads the predecessor (a statement that starts after the lock is granted
 * sees it; one that waited for the lock would keep its old snapshot and fork the chain),
 * computes the link hash in SQL, inserts, and queues the NOTIFY that PostgreSQL delivers only
 * if and when this transaction commits.
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

  // The append is the hub's bookkeeping, not the actor's read: the chain's last link is
  // usually another tenant's event, so the locked statement runs as the hub (no row security)
  // and hands the transaction back to the actor's role when it is done.
  await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock($1::bigint), ${SYSTEM_ROLE_SQL}`, APPEND_LOCK_KEY);
  const rows = await tx.$queryRaw<{ seq: bigint | number | string; hash: string }[]>`
    WITH prev AS (
      SELECT "seq", "hash" FROM "AuditEvent" ORDER BY "seq" DESC LIMIT 1
    ), next AS (
      SELECT COALESCE((SELECT "seq" FROM prev), 0) + 1 AS seq,
             COALESCE((SELECT "hash" FROM prev), ${GENESIS_HASH}) AS prev_hash
    ), ins AS (
      INSERT INTO "AuditEvent" ("seq", "id", "source", "type", "subject", "entityType", "entityId", "time", "data",
        "actorType", "actorId", "requestId", "insurerId", "providerId", "partnerId", "prevHash", "hash")
      SELECT next.seq, ${body.id}::uuid, ${body.source}, ${body.type}, ${body.subject}, ${body.entityType},
        ${body.entityId}, ${body.time}::timestamptz, ${dataJson}::jsonb, ${body.actorType}::"ActorType",
        ${body.actorId}, ${body.requestId}, ${body.insurerId}::uuid, ${body.providerId}::uuid, ${body.partnerId}::uuid,
        next.prev_hash,
        encode(sha256(convert_to(next.prev_hash || chr(10) || next.seq::text || chr(10) || ${digest}, 'UTF8')), 'hex')
      FROM next
      RETURNING "seq", "hash"
    )
    SELECT "seq", "hash", pg_notify(${AUDIT_CHANNEL}, "seq"::text)::text AS "notified", ${Prisma.raw(RESTORE_ROLE_SQL)} AS "role" FROM ins`;
  const row = rows[0]!;
  return { seq: BigInt(row.seq), id: body.id, hash: row.hash };
}
