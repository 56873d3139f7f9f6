import { randomUUID } from 'node:crypto';
import { Prisma } from '../db/generated/prisma/client.js';
import type { Tx } from '../db/database.js';
import { uuidv7 } from '../db/uuid7.js';
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
  const prepared = prepareEvent(event);
  const rows = await tx.$queryRaw<{ seq: bigint | number | string; hash: string }[]>`
    SELECT "seq", "hash" FROM ${appendCall(prepared, Prisma.sql`${prepared.body.entityId}`)}`;
  const row = rows[0]!;
  return { seq: BigInt(row.seq), id: prepared.body.id, hash: row.hash };
}

/**
 * A command whose whole change is new rows, and their event, as ONE statement outside any
 * interactive transaction: `WITH "entity" AS (INSERT … RETURNING *), … SELECT "entity".*,
 * audit_append(…)`. A single statement commits whole (its implicit transaction), so the rows
 * exist exactly when their event does, as with appendAuditEvent; but it is one round trip
 * where an interactive transaction takes four (BEGIN, INSERT, append, COMMIT), and the append
 * lock, taken inside the statement, is released by the commit that follows it inside
 * PostgreSQL instead of one client round trip later (bench/PERFORMANCE.md "Audit log: fewer
 * round trips").
 *
 * `insert(id)` is the entity's INSERT of one row with that `id` (the event's entityId, minted
 * here: the event's digest is computed before the statement) ending in `RETURNING *`; `also`
 * are further INSERTs run by the same statement (PostgreSQL runs every data-modifying WITH
 * clause). `client` runs the statement as the command's actor (transaction.ts
 * `statementAs`). The call reads the entity's id, so it runs once per inserted row and only
 * after the row exists; the row and the event's seq are returned.
 */
export async function insertWithEvent<Row>(
  client: { rows<R>(sql: Prisma.Sql): Promise<R[]> },
  insert: (id: string) => Prisma.Sql,
  also: Prisma.Sql[],
  event: Omit<NewAuditEvent, 'entityId'>,
): Promise<{ row: Row; seq: bigint; id: string; hash: string }> {
  const prepared = prepareEvent({ ...event, entityId: uuidv7() });
  const clauses = [
    Prisma.sql`"entity" AS (${insert(prepared.body.entityId)})`,
    ...also.map((sql, i) => Prisma.sql`${Prisma.raw(`"also${i}"`)} AS (${sql})`),
  ];
  const rows = await client.rows<Row & { __audit_seq: bigint | number | string; __audit_hash: string }>(Prisma.sql`
    WITH ${Prisma.join(clauses, ', ')}
    SELECT "entity".*, "appended"."seq" AS "__audit_seq", "appended"."hash" AS "__audit_hash"
    FROM "entity" CROSS JOIN LATERAL ${appendCall(prepared, Prisma.sql`"entity"."id"::text`)} AS "appended"`);
  if (rows.length !== 1) throw new Error(`insertWithEvent: the insert made ${rows.length} rows, not one`);
  const { __audit_seq: seq, __audit_hash: hash, ...row } = rows[0]!;
  return { row: row as Row, seq: BigInt(seq), id: prepared.body.id, hash };
}

interface PreparedEvent {
  body: EventBody;
  dataJson: string;
  digest: string;
}

function prepareEvent(event: NewAuditEvent): PreparedEvent {
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
  return { body, dataJson, digest: bodyDigest(body) };
}

/** The `audit_append(…)` call; `entityId` is the SQL that yields the body's entity id. */
function appendCall({ body, dataJson, digest }: PreparedEvent, entityId: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`"audit_append"(${body.id}::uuid, ${body.source}, ${body.type}, ${body.subject},
      ${body.entityType}, ${entityId}, ${body.time}::timestamptz, ${dataJson}::jsonb, ${body.actorType}::"ActorType",
      ${body.actorId}, ${body.requestId}, ${body.insurerId}::uuid, ${body.providerId}::uuid, ${body.partnerId}::uuid,
      ${digest}, ${APPEND_LOCK_KEY}::bigint, ${AUDIT_CHANNEL})`;
}
