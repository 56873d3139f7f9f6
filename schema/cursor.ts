import { z } from 'zod';
import { defaultFieldResolver, getNamedType, isObjectType, type GraphQLSchema } from 'graphql';
import { InputError } from '../server/domain/errors.js';
import { BASE64, UUID } from './global-id.js';

/**
 * The cursors the hub hands out, and only those, may come back as `after` / `before`, each to
 * a list of its kind. A crafted one went to the database as a cursor value (`GPC:S:nope`,
 * `GPC:N:5`, a claim key given to the agreements, a month as a date string) and failed the
 * query: the caller got INTERNAL_SERVER_ERROR for a typing mistake. Now BAD_USER_INPUT naming
 * the argument. A well-formed cursor of a row the caller may not see pages from nowhere (row
 * security hides the row it points at): an empty page, as for a row that does not exist.
 *
 * The kinds, by the connection a field returns: the prisma plugin's `GPC:` cursor of the row
 * key, `S:<uuid>` for every table keyed by a UUID; a claim's `T:["S:<uuid>","D:<epoch ms>"]`
 * (claims are partitioned by settlement month); the access log's `I:<n>` (a bigint key); and
 * the audit log's own sequence numbers.
 */
type Kind = 'uuid' | 'claim' | 'bigint' | 'seq';
const KIND_OF_CONNECTION: Record<string, Kind> = {
  ClaimConnection: 'claim',
  AccessLogEntryConnection: 'bigint',
  AuditEventConnection: 'seq',
  QueryAuditCheckpointsConnection: 'seq',
};

const SEQ = /^\d{1,19}$/;
const MAX_CURSOR_LENGTH = 200;
const CLAIM_KEY = /^\["S:([^"]+)","D:\d{1,15}"\]$/;

export function isCursorOf(kind: Kind, cursor: string): boolean {
  if (kind === 'seq') return SEQ.test(cursor);
  if (cursor.length > MAX_CURSOR_LENGTH || !BASE64.test(cursor)) return false;
  const text = Buffer.from(cursor, 'base64').toString('utf8');
  if (!text.startsWith('GPC:')) return false;
  const chunk = text.slice('GPC:'.length);
  switch (kind) {
    case 'uuid':
      return chunk.startsWith('S:') && UUID.test(chunk.slice(2));
    case 'bigint':
      return chunk.startsWith('I:') && SEQ.test(chunk.slice(2));
    case 'claim': {
      const key = chunk.startsWith('T:') ? CLAIM_KEY.exec(chunk.slice(2)) : null;
      return !!key && UUID.test(key[1]!);
    }
  }
}

export const CURSOR_MESSAGE = 'must be a cursor this list returned (edges.cursor or pageInfo.endCursor)';

const KINDS: readonly Kind[] = ['uuid', 'claim', 'bigint', 'seq'];

/**
 * `after` / `before` of every connection (builder.ts, the relay plugin's argument options): a
 * cursor of one of the kinds. Checked where the arguments are read, nested lists included (a
 * nested list's rows are loaded with its parent's query, before its own resolver runs).
 */
export const cursorArgument = z
  .string()
  .refine((cursor) => KINDS.some((kind) => isCursorOf(kind, cursor)), CURSOR_MESSAGE)
  .nullish();

/**
 * And of the list's own kind: each root connection field checks `after` and `before` before it
 * resolves; called once the schema is built (schema/index.ts), so no connection escapes it.
 * (A nested list given another list's cursor kind is not caught here: see cursorArgument.)
 */
export function checkCursorArguments(schema: GraphQLSchema): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const returned = getNamedType(field.type).name;
      if (!returned.endsWith('Connection') || !field.args.some((a) => a.name === 'after' || a.name === 'before')) continue;
      const kind = KIND_OF_CONNECTION[returned] ?? 'uuid';
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args: Record<string, unknown>, context, info) => {
        const wrong = (['after', 'before'] as const).filter((name) => typeof args[name] === 'string' && !isCursorOf(kind, args[name]));
        if (wrong.length > 0) throw new InputError(wrong.map((name) => ({ path: [name], message: CURSOR_MESSAGE })));
        return resolve(source, args, context, info);
      };
    }
  }
}
