import { createHash } from 'node:crypto';

/**
 * The audit log's hash chain, defined so that anyone holding exported events can rebuild it
 * byte for byte without the hub:
 *
 *   body       = canonical JSON of the event's envelope (everything but seq and the hashes)
 *   bodyDigest = SHA-256(body), hex
 *   hash       = SHA-256(prevHash ‖ "\n" ‖ seq ‖ "\n" ‖ bodyDigest), hex
 *
 * The two levels matter: a link can be checked from its digest alone, so an export or a proof
 * can carry other tenants' events as bare digests (nothing about them is revealed) and the
 * chain still verifies end to end. It also lets the database compute the link hash inside
 * the append statement (one round trip under the append lock).
 */
export const GENESIS_HASH = '0'.repeat(64);
export const HASH_FORMAT = 'sha256-body-digest-v1';

/** JSON with keys sorted at every level, bigints as decimal strings, dates as ISO strings. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(normalise(value));
}

function normalise(value: unknown): unknown {
  if (typeof value === 'bigint') return value.toString();
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map((v) => (v === undefined ? null : normalise(v)));
  if (value !== null && typeof value === 'object') {
    if (typeof (value as { toJSON?: unknown }).toJSON === 'function') return normalise((value as { toJSON(): unknown }).toJSON());
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[key];
      if (v !== undefined) out[key] = normalise(v);
    }
    return out;
  }
  if (typeof value === 'number' && !Number.isFinite(value)) return null;
  return value;
}

/** The envelope fields the body digest covers (CloudEvents-style plus actor and tenant tags). */
export interface EventBody {
  id: string;
  source: string;
  type: string;
  subject: string;
  entityType: string;
  entityId: string;
  time: Date | string;
  data: unknown;
  actorType: string;
  actorId: string;
  requestId: string | null;
  insurerId: string | null;
  providerId: string | null;
  partnerId: string | null;
}

const BODY_KEYS = [
  'id',
  'source',
  'type',
  'subject',
  'entityType',
  'entityId',
  'time',
  'data',
  'actorType',
  'actorId',
  'requestId',
  'insurerId',
  'providerId',
  'partnerId',
] as const satisfies readonly (keyof EventBody)[];

/** The canonical body text of an event (extra fields on the input, e.g. seq or hash, are ignored). */
export function canonicalBody(event: EventBody): string {
  const picked: Record<string, unknown> = {};
  for (const key of BODY_KEYS) picked[key] = event[key] ?? null;
  picked.time = new Date(event.time).toISOString();
  return canonicalJson(picked);
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

export function bodyDigest(event: EventBody): string {
  return sha256Hex(canonicalBody(event));
}

/** One link of the chain; the append statement computes the same in SQL (see append-event.ts). */
export function linkHash(prevHash: string, seq: bigint | string | number, digest: string): string {
  return sha256Hex(`${prevHash}\n${BigInt(seq).toString()}\n${digest}`);
}

export function eventHash(prevHash: string, seq: bigint | string | number, event: EventBody): string {
  return linkHash(prevHash, seq, bodyDigest(event));
}
