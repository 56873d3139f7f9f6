import { defaultFieldResolver, isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import type { Context } from '../context.js';
import { db } from '../db/database.js';
import { AccessLogWriter } from './writer.js';

/** The entities whose reads are logged (issue 5: who read which agreement, finding or penalty). */
export const LOGGED_TYPES: ReadonlySet<string> = new Set(['Agreement', 'Finding', 'Penalty']);

/** One writer per process: rows of concurrent operations share statements. */
const writer = new AccessLogWriter(() => db());
const instrumented = new WeakSet<GraphQLSchema>();

/**
 * Records reads without asking each resolver to, and without depending on the transport:
 * every field of an Agreement, Finding or Penalty object notes that object's id in
 * `ctx.reads` when it resolves (whatever path reached it: a list, a nested relation, `node`,
 * a subscription event). Objects only ever exist here after the tenant filter let them
 * through, so what is logged is what was actually shown. The operation pipeline
 * (server/graphql/pipeline.ts) calls `flushReads` when an answer leaves, over HTTP and
 * WebSocket alike. Applied once per schema; the wrappers stay synchronous for synchronous
 * resolvers (graphql-js then assembles objects without promises).
 */
export function instrumentReads(schema: GraphQLSchema): GraphQLSchema {
  if (instrumented.has(schema)) return schema;
  instrumented.add(schema);
  for (const typeName of LOGGED_TYPES) {
    const type = schema.getType(typeName);
    if (!isObjectType(type)) continue;
    for (const field of Object.values(type.getFields())) {
      const resolve: GraphQLFieldResolver<unknown, Context> = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, ctx, info) => {
              const id = (source as { id?: unknown } | null)?.id;
        if (typeof id === 'string' && ctx.viewer.role !== null) noteRead(ctx, typeName, id);
        return resolve(source, args, ctx, info);
  };
    }
  }
  return schema;
}

export function noteRead(ctx: Context, entityType: string, id: string): void {
  let ids = ctx.reads.get(entityType);
  if (!ids) ctx.reads.set(entityType, (ids = new Set()));
  ids.add(id);
}

/**
 * Queues the operation's reads (stamped with the time of the answer) and clears them. Not
 * awaited: the answer does not wait for the log (use `flushAccessLog()` to wait for it).
 */
export function flushReads(ctx: Context): void {
  const { viewer } = ctx;
  if (ctx.reads.size === 0 || viewer.role === null) return;
  const at = new Date();
  // One row per entity type with all its ids (bench/PERFORMANCE.md: a row per entity was the
  // largest database cost of a nested list read).
  for (const [entityType, ids] of ctx.reads) {
    writer.add({
      at, actorType: viewer.actorType, actorId: viewer.actorId, role: viewer.role, entityType, entityIds: [...ids],
      operationName: ctx.operationName, requestId: ctx.requestId,
    }, ctx.logger);
  }
  ctx.reads.clear();
}

/** Writes everything queued so far (tests, shutdown); resolves when those rows are stored (or failed and were logged). */
export function flushAccessLog(): Promise<void> {
  return writer.flush();
}
