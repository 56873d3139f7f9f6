import type { PrismaClient, Tx } from '../db/database.js';
import type { Viewer } from '../auth/viewer.js';
import { scopeOf } from './scope.js';
import { entrustingInsurerIds } from './entrusting.js';
import { APPLY_VIEWER_SQL, viewerSettings } from './settings.js';

/**
 * A Prisma client that runs every operation as the viewer under row-level security: each
 * operation is one short transaction `[apply the viewer's settings and role, the query]`
 * (Prisma's documented RLS client-extension pattern). Pothos's prisma plugin takes it per
 * request (`client: (ctx) => …`), so every relation, connection and count a resolver builds
 * is bounded by the database even if its filter were forgotten.
 *
 * The partner's entrusting insurers are read once per client (one request), as the hub.
 */
export function viewerClient(base: PrismaClient, viewer: Viewer): PrismaClient {
  let settings: Promise<string[]> | null = null;
  const settingsOnce = () =>
    (settings ??= (scopeOf(viewer) === 'partner' ? entrustingInsurerIds(base, viewer.partnerId!) : Promise.resolve([])).then((ids) =>
      viewerSettings(viewer, ids),
    ));
  return base.$extends({
    query: {
      async $allOperations({ args, query }) {
        const values = await settingsOnce();
        const [, result] = await base.$transaction([base.$executeRawUnsafe(APPLY_VIEWER_SQL, ...values), query(args)]);
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
