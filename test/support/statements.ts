import type { Prisma } from '../../server/db/generated/prisma/client.js';
import type { AppPrismaClient } from '../../server/db/prisma-client.js';
import type { TestHub } from './hub.js';

/**
 * Records the SQL statements a piece of work sends through the hub's client (the app's client
 * always emits query events, server/db/prisma-client.ts). Runs must be sequential, so one run's
 * statements are not mixed with another's.
 */
export function statementRecorder(hub: TestHub) {
  const recorder: { current: ((e: Prisma.QueryEvent) => void) | null } = { current: null };
  // The hub's type is the plain client.
  (hub.prisma as unknown as AppPrismaClient).$on('query', (event) => recorder.current?.(event));
  return async function record<T>(work: () => Promise<T>): Promise<{ result: T; statements: string[] }> {
    const statements: string[] = [];
    recorder.current = (event) => {
      // The access log (who read what) is written after the operation in batches of rows: it is
      // the audit trail of the reads, not the reads, and is bounded by its own batching.
      // (PGlite reports its transaction as `-- Implicit "COMMIT"`, pg as a plain `COMMIT`.)
      if (/AccessLogEntry|Implicit "(BEGIN|COMMIT)"|^\s*(BEGIN|COMMIT|ROLLBACK)\b/.test(event.query)) return;
      statements.push(event.query);
    };
    try {
      return { result: await work(), statements };
    } finally {
      recorder.current = null;
    }
  };
}
