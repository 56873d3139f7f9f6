import { db, type Tx } from '../db/database.js';
import type { Viewer } from '../auth/viewer.js';

/** What every domain command receives besides its input: who acts, for tracing, and "now". */
export interface CommandContext {
  actor: Viewer;
  requestId: string | null;
  /** Injected so rules about deadlines and bans are testable; defaults to the wall clock. */
  now?: Date;
}

/**
 * One interactive transaction per command: the state change and its audit event commit
 * together or not at all.
 */
export function inTransaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
  return db().$transaction(fn, { maxWait: 10_000, timeout: 30_000 });
}
