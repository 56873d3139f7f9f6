import { db, type PrismaClient, type Tx } from '../db/database.js';
import type { Prisma } from '../db/generated/prisma/client.js';
import type { Viewer } from '../auth/viewer.js';
import { statementRowsAs, transactionAs, viewerClient } from '../policy/rls-client.js';
import { viewerStore } from '../policy/viewer-session.js';
import { RESTORE_ROLE_SQL, SYSTEM_ROLE_SQL } from '../policy/settings.js';

/** What every domain command receives besides its input: who acts, for tracing, and "now". */
export interface CommandContext {
  actor: Viewer;
  requestId: string | null;
  /** Injected so rules about deadlines and bans are testable; defaults to the wall clock. */
  now?: Date;
}

/**
 * The hub acting on its own behalf, outside any viewer's row security: turning a credential
 * into a viewer (log-in) and scheduled work (term expiry). Every other command runs as its actor.
 */
export const AS_SYSTEM = 'system' as const;

/**
 * One interactive transaction per command: the state change and its audit event commit
 * together or not at all. It runs as the command's actor under the same row-level security
 * as the actor's reads (server/policy), so a command cannot load a row its actor may not see.
 */
export function inTransaction<T>(as: CommandContext | typeof AS_SYSTEM, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return transactionAs(db(), actingViewer(as), fn, { maxWait: 10_000, timeout: 30_000 });
}

/** What a one-statement command gets: reads as its actor, and its one statement as its actor. */
export interface StatementClient {
  /** The actor's Prisma client (reads before the statement, e.g. a visibility check). */
  prisma: PrismaClient;
  /** One SQL statement as the actor; rows typed as `$queryRaw` types them. */
  rows<Row>(sql: Prisma.Sql): Promise<Row[]>;
}

/**
 * A command that is one statement (server/audit/append-event.ts `insertWithEvent`: new rows
 * and their event) needs no interactive transaction: the statement commits whole. `run` gets
 * a client that runs it as the command's actor, under the same row-level security as
 * `inTransaction` (the viewer client applies the actor's settings to each statement; the hub
 * itself runs with no viewer, even when called from inside a viewer's request). The statement
 * itself goes below Prisma on PostgreSQL (rls-client.ts `statementRowsAs`).
 */
export function statementAs<T>(as: CommandContext | typeof AS_SYSTEM, run: (client: StatementClient) => Promise<T>): Promise<T> {
  const viewer = actingViewer(as);
  const base = db();
  if (viewer) {
    const prisma = viewerClient(base, viewer);
    return run({ prisma, rows: (sql) => statementRowsAs(base, viewer, prisma, sql) });
  }
  return viewerStore.exit(() => run({ prisma: base, rows: (sql) => statementRowsAs(base, null, base, sql) }));
}

/** The system actor (jobs that act through a command) is the hub itself. */
function actingViewer(as: CommandContext | typeof AS_SYSTEM): Viewer | null {
  return as !== AS_SYSTEM && as.actor.actorType !== 'SYSTEM' ? as.actor : null;
}

/**
 * A read inside a command's transaction made as the hub, for the few rules that reach past
 * the actor's own reads on purpose (e.g. any insurer may contract any partner, a national
 * registry it does not otherwise list). Keep each use next to the rule that needs it.
 */
export async function readAsHub<T>(tx: Tx, read: () => Promise<T>): Promise<T> {
  await tx.$executeRawUnsafe(`SELECT ${SYSTEM_ROLE_SQL}`);
  try {
    return await read();
  } finally {
    await tx.$executeRawUnsafe(`SELECT ${RESTORE_ROLE_SQL}`);
  }
}
