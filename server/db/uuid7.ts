import { randomBytesPooled } from '../random-bytes.js';

/**
 * A version-7 UUID (RFC 9562: 48-bit Unix milliseconds, then random bits), the kind Prisma's
 * `@default(uuid(7))` mints. For ids a statement needs before it runs: a row written by raw
 * SQL (server/audit/append-event.ts `insertWithEvent`, whose event digest names the row's id)
 * gets the same kind of id as one Prisma creates, time-ordered for the primary-key index.
 */
export function uuidv7(now: number = Date.now()): string {
  const bytes = randomBytesPooled(16);
  bytes.writeUIntBE(now, 0, 6);
  bytes[6] = (bytes[6]! & 0x0f) | 0x70;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
