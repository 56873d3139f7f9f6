import { z } from 'zod';
import {
  defaultFieldResolver,
  getArgumentValues,
  getNamedType,
  isInterfaceType,
  isObjectType,
  Kind,
  type GraphQLNamedType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  type SelectionNode,
} from 'graphql';
import { InputError, type FieldIssue } from '../server/domain/errors.js';
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
type CursorKind = 'uuid' | 'claim' | 'bigint' | 'seq';
const KIND_OF_CONNECTION: Record<string, CursorKind> = {
  ClaimConnection: 'claim',
  AccessLogEntryConnection: 'bigint',
  AuditEventConnection: 'seq',
  QueryAuditCheckpointsConnection: 'seq',
};

const SEQ = /^\d{1,19}$/;
const MAX_CURSOR_LENGTH = 200;
const CLAIM_KEY = /^\["S:([^"]+)","D:\d{1,15}"\]$/;

export function isCursorOf(kind: CursorKind, cursor: string): boolean {
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

const KINDS: readonly CursorKind[] = ['uuid', 'claim', 'bigint', 'seq'];

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
 * And of the list's own kind, for every list the operation names under a root field, nested
 * ones included: checked before the root field resolves, because the prisma plugin loads a
 * nested list's rows in its parent's query (a claim key given to `provider.agreements(after:)`
 * failed that query). Called once the schema is built (schema/index.ts), so no field escapes it.
 */
export function checkCursorArguments(schema: GraphQLSchema): void {
  const roots = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()];
  for (const root of roots) {
    if (!root) continue;
    for (const field of Object.values(root.getFields())) {
      // A subscription's root is resolved once per event; its arguments are read once, by subscribe.
      const key = root === schema.getSubscriptionType() ? 'subscribe' : 'resolve';
      const run = field[key] ?? defaultFieldResolver;
      field[key] = (source, args, context, info) => {
        const wrong = wrongCursors(info, root);
        if (wrong.length > 0) throw new InputError(wrong);
        return run(source, args, context, info);
      };
    }
  }
}

/** The `after` / `before` values under these nodes that are not cursors of their list's kind. */
function wrongCursors(info: GraphQLResolveInfo, root: GraphQLNamedType): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const visit = (type: GraphQLNamedType, selections: readonly SelectionNode[], at: string[]) => {
    for (const selection of selections) {
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const on = selection.typeCondition ? info.schema.getType(selection.typeCondition.name.value) : type;
        if (on) visit(on, selection.selectionSet.selections, at);
      } else if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = info.fragments[selection.name.value];
        const on = fragment && info.schema.getType(fragment.typeCondition.name.value);
        if (fragment && on) visit(on, fragment.selectionSet.selections, at);
      } else {
        const field = isObjectType(type) || isInterfaceType(type) ? type.getFields()[selection.name.value] : undefined;
        if (!field) continue;
        const here = [...at, selection.alias?.value ?? selection.name.value];
        const returned = getNamedType(field.type);
        if (returned.name.endsWith('Connection') && field.args.some((a) => a.name === 'after' || a.name === 'before')) {
          const args = getArgumentValues(field, selection, info.variableValues);
          const kind = KIND_OF_CONNECTION[returned.name] ?? 'uuid';
          for (const name of ['after', 'before'] as const) {
            const cursor = args[name];
            if (typeof cursor === 'string' && !isCursorOf(kind, cursor))
              issues.push({ path: at.length === 0 ? [name] : [...here, name], message: CURSOR_MESSAGE });
          }
        }
        if (selection.selectionSet) visit(returned, selection.selectionSet.selections, here);
      }
    }
  };
  visit(root, info.fieldNodes, []);
  return issues;
}
