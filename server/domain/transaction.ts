import { db, type Tx } from '../db/database.js';
import type { Viewer } from '../auth/viewer.js';
import { transactionAs } from '../policy/rls-client.js';
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
  // The system actor (jobs that act through a command) is the hub itself.
  const viewer = as !== AS_SYSTEM && as.actor.actorType !== 'SYSTEM' ? as.actor : null;
  return transactionAs(db(), viewer, fn, { maxWait: 10_000, timeout: 30_000 });
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
