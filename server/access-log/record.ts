import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../context.js';
import { db } from '../db/database.js';

/** The entities whose reads are logged (issue 5: who read which agreement, finding or penalty). */
export const LOGGED_TYPES: ReadonlySet<string> = new Set(['Agreement', 'Finding', 'Penalty']);

/**
 * Records reads without asking each resolver to: while an operation executes, every field
 * resolved on an Agreement, Finding or Penalty object notes that object's id in `ctx.reads`
 * (whatever path reached it: a list, a nested relation, `node`). Objects only ever exist here
 * after the tenant filter let them through, so what is logged is what was actually shown.
 * Once the operation ends, the reads are written in one statement.
 */
export function accessLogPlugin(): ApolloServerPlugin<Context> {
  return {
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
          await flushReads(contextValue);
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

/** Writes and clears the operation's reads; a failure is logged, never shown to the reader. */
export async function flushReads(ctx: Context): Promise<void> {
  const { viewer } = ctx;
  if (ctx.reads.size === 0 || viewer.role === null) return;
  const entityTypes: string[] = [];
  const entityIds: string[] = [];
  for (const [entityType, ids] of ctx.reads) {
    for (const id of ids) {
      entityTypes.push(entityType);
      entityIds.push(id);
    }
  }
  ctx.reads.clear();
  try {
    // Performance (bench/RESULTS.md): one statement whose rows come from two array parameters.
    // `createMany` sent 8 bind parameters per row through Prisma's query compiler; a nested list
    // read logs ~1,500 rows, and that compile step was the largest CPU cost of the whole request.
    await db().$executeRaw`
      INSERT INTO "AccessLogEntry" ("actorType", "actorId", "role", "entityType", "entityId", "operationName", "requestId")
      SELECT ${viewer.actorType}::"ActorType", ${viewer.actorId}, ${viewer.role}::"Role", r.type, r.id,
             ${ctx.operationName}, ${ctx.requestId}
      FROM unnest(${entityTypes}::text[], ${entityIds}::uuid[]) AS r(type, id)`;
  } catch (error) {
    ctx.logger.error({ err: error, entries: entityIds.length }, 'access log write failed');
  }
}
