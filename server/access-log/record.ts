import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../context.js';
import { db } from '../db/database.js';
import { AccessLogWriter } from './writer.js';

/** The entities whose reads are logged (issue 5: who read which agreement, finding or penalty). */
export const LOGGED_TYPES: ReadonlySet<string> = new Set(['Agreement', 'Finding', 'Penalty']);

/**
 * Records reads without asking each resolver to: while an operation executes, every field
 * resolved on an Agreement, Finding or Penalty object notes that object's id in `ctx.reads`
 * (whatever path reached it: a list, a nested relation, `node`). Objects only ever exist here
 * after the tenant filter let them through, so what is logged is what was actually shown.
 * Once the operation ends, its reads are queued and written shortly after (see AccessLogWriter).
 */
/** One writer per process: rows of concurrent operations share statements. */
const writer = new AccessLogWriter(() => db());

export function accessLogPlugin(): ApolloServerPlugin<Context> {
  return {
    async serverWillStart() {
      // Apollo stops before the database closes (server/app.ts, test harness): nothing queued is lost.
      return { serverWillStop: () => flushAccessLog() };
    },
    async requestDidStart() {
      return {
        async executionDidStart({ contextValue }) {
          if (contextValue.viewer.role === null) return;
          return {
            willResolveField({ info, source }) {
              const type = info.parentType.name;
              if (!LOGGED_TYPES.has(type)) return;
              const id = (source as { id?: unknown } | null)?.id;
              if (typeof id === 'string') noteRead(contextValue, type, id);
            },
          };
        },
        async willSendResponse({ contextValue, operationName }) {
          contextValue.operationName ??= operationName ?? null;
          flushReads(contextValue);
        },
      };
    },
  };
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
