import type { PrismaClient, Tx } from '../db/database.js';
import type { Viewer } from '../auth/viewer.js';
import { scopeOf } from './scope.js';
import { entrustingInsurerIds } from './entrusting.js';
import { APPLY_VIEWER_SQL, viewerSettings } from './settings.js';
import { sessionCapableClients, viewerStore } from './viewer-session.js';

/**
 * A Prisma client that runs every operation as the viewer under row-level security. Pothos's
 * prisma plugin takes it per request (`client: (ctx) => …`), so every relation, connection
 * and count a resolver builds is bounded by the database even if its filter were forgotten.
 *
 * Two ways to carry the viewer, same settings, same policies:
 * - on a PostgreSQL pool, the connection's session is set for the viewer (viewer-session.ts):
 *   no extra statement when the connection already serves that viewer, one when it switches;
 * - otherwise (embedded PGlite: one shared session) each operation is one short transaction
 *   `[apply the viewer's settings and role, the query]` (Prisma's documented RLS pattern).
 *   `findUnique` takes this path everywhere: Prisma batches concurrent findUniques into one
 *   statement, which must not mix viewers.
 *
 * The partner's entrusting insurers are read once per client (one request), as the hub.
 */
export function viewerClient(base: PrismaClient, viewer: Viewer): PrismaClient {
  let settings: Promise<{ key: string; values: string[] }> | null = null;
  const settingsOnce = () =>
    (settings ??= (
      scopeOf(viewer) === 'partner' ? entrustingInsurerIds(base, viewer.partnerId!) : Promise.resolve([])
    ).then((ids) => {
      const values = viewerSettings(viewer, ids);
      return { key: values.join('|'), values };
    }));
  const sessions = sessionCapableClients.has(base);
  return base.$extends({
    query: {
      async $allOperations({ operation, args, query }) {
        const current = await settingsOnce();
        if (sessions && operation !== 'findUnique' && operation !== 'findUniqueOrThrow') {
          // Prisma's promises are lazy: `then` inside `run` starts the query in the viewer's context.
          return viewerStore.run(current, () => query(args).then((result) => result));
        }
        const [, result] = await base.$transaction([
          base.$executeRawUnsafe(APPLY_VIEWER_SQL, ...current.values),
          query(args),
        ]);
        return result;
      },
    },
  }) as unknown as PrismaClient;
}

/** Applies the viewer to an interactive transaction already open (domain commands). */
export async function applyViewer(tx: Tx, base: PrismaClient | Tx, viewer: Viewer): Promise<void> {
  const ids = scopeOf(viewer) === 'partner' ? await entrustingInsurerIds(base, viewer.partnerId!) : [];
  await tx.$executeRawUnsafe(APPLY_VIEWER_SQL, ...viewerSettings(viewer, ids));
}
