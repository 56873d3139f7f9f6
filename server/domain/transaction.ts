import { db, type Tx } from '../db/database.js';
import type { Viewer } from '../auth/viewer.js';
import { applyViewer } from '../policy/rls-client.js';

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
  return db().$transaction(
    async (tx) => {
      if (as !== AS_SYSTEM) await applyViewer(tx, tx, as.actor);
      return fn(tx);
    },
    { maxWait: 10_000, timeout: 30_000 },
  );
}
