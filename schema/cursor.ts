import { z } from 'zod';
import { BASE64, UUID } from './global-id.js';

/**
 * The cursors the hub hands out, and only those, may come back as `after` / `before`: an
 * audit sequence number (`auditEvents`, checkpoints), or the prisma plugin's `GPC:` cursor of
 * a row key, `S:<uuid>` (every table is keyed by a UUID) or, for claims (partitioned by
 * month), `T:["S:<uuid>","D:<epoch ms>"]`. Anything else went to the database as a cursor
 * value: `GPC:S:nope`, `GPC:N:5` or a month written as a date string failed the query, and
 * the caller got INTERNAL_SERVER_ERROR for a typing mistake. A well-formed cursor of a row
 * the caller may not see pages from nowhere (row security hides the row it points at): an
 * empty page, as for a row that does not exist.
 */
const SEQ = /^\d{1,19}$/;
const MAX_CURSOR_LENGTH = 200;
const EPOCH_MS = /^D:\d{1,15}$/;

export function isIssuedCursor(cursor: string): boolean {
  if (SEQ.test(cursor)) return true;
  if (cursor.length > MAX_CURSOR_LENGTH || !BASE64.test(cursor)) return false;
  const text = Buffer.from(cursor, 'base64').toString('utf8');
  if (text.startsWith('GPC:S:')) return UUID.test(text.slice('GPC:S:'.length));
  if (!text.startsWith('GPC:T:')) return false;
  let parts: unknown;
  try {
    parts = JSON.parse(text.slice('GPC:T:'.length));
  } catch {
    return false;
  }
  return (
    Array.isArray(parts) &&
    parts.length === 2 &&
    typeof parts[0] === 'string' &&
    parts[0].startsWith('S:') &&
    UUID.test(parts[0].slice(2)) &&
    typeof parts[1] === 'string' &&
    EPOCH_MS.test(parts[1])
  );
}

export const CURSOR_MESSAGE = 'must be a cursor this list returned (edges.cursor or pageInfo.endCursor)';

/** `after` / `before` of every connection (builder.ts: the relay plugin's argument options). */
export const cursorArgument = z.string().refine(isIssuedCursor, CURSOR_MESSAGE).nullish();
