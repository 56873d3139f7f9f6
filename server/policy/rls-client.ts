import type { PrismaClient, Tx } from '../db/database.js';
import type { Prisma } from '../db/generated/prisma/client.js';
import { directPool, queryRows } from '../db/direct-statement.js';
import type { Viewer } from '../auth/viewer.js';
import { scopeOf } from './scope.js';
import { entrustingInsurerIds } from './entrusting.js';
import { APPLY_VIEWER_SQL, viewerSettings } from './settings.js';
import { sessionCapableClients, viewerStore } from './viewer-session.js';
import { getDatamodel } from '../../schema/generated/pothos-types.js';

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
 *   Prisma batches concurrent findUniques into one statement, which must not mix viewers: on
 *   PostgreSQL a findUnique runs as the findFirst of the same `where` (not batched), and only
 *   one naming a compound key (which findFirst does not accept) takes this path.
 *
 * The partner's entrusting insurers are read once per client (one request), as the hub.
 */
export function viewerClient(base: PrismaClient, viewer: Viewer): PrismaClient {
  if (scopeOf(viewer) === 'partner') {
    let settings: Promise<SessionSettings> | null = null;
    return settingsClient(base, () => (settings ??= settingsOf(base, viewer)));
  }
  return sharedClient(base, settingsFor(viewer, []));
}

/**
 * Clients of viewers whose settings need no read, shared by every request with the same
 * settings. Building a client (`$extends`, and the model proxies Prisma builds on first use)
 * took ~4 % of a simple read's CPU when done per request (bench/PERFORMANCE.md "q1's fixed
 * cost"). Sharing changes nothing a request can see: the client's only state is the settings
 * it applies, the key is every one of them, and the tenant filters are the resolvers' own.
 * Bounded per base client (least recently used dropped).
 */
const SHARED_CLIENTS_PER_BASE = 1000;
const sharedClients = new WeakMap<object, Map<string, PrismaClient>>();

function sharedClient(base: PrismaClient, settings: SessionSettings): PrismaClient {
  let clients = sharedClients.get(base);
  if (!clients) sharedClients.set(base, (clients = new Map()));
  let client = clients.get(settings.key);
  if (client) {
    clients.delete(settings.key);
  } else {
    const ready = Promise.resolve(settings);
    client = settingsClient(base, () => ready);
    if (clients.size >= SHARED_CLIENTS_PER_BASE) clients.delete(clients.keys().next().value as string);
  }
  clients.set(settings.key, client);
  return client;
}

function settingsClient(base: PrismaClient, settingsOnce: () => Promise<SessionSettings>): PrismaClient {
  const sessions = sessionCapableClients.has(base);
  return base.$extends({
    query: {
      async $allOperations({ model, operation, args, query }) {
        const current = await settingsOnce();
        if (sessions && operation !== 'findUnique' && operation !== 'findUniqueOrThrow') {
          // Prisma's promises are lazy: `then` inside `run` starts the query in the viewer's context.
          return viewerStore.run(current, () => query(args).then((result) => result));
        }
        if (sessions && model && namesNoCompoundKey(model, args)) {
          // The same row as a findFirst, which Prisma does not batch: `nodes(ids:)` of a page
          // of ids was a page of short transactions, which a busy pool refused (P2028).
          const first = operation === 'findUnique' ? 'findFirst' : 'findFirstOrThrow';
          const delegate = (base as unknown as Record<string, Record<string, (a: unknown) => Promise<unknown>>>)[
            model.charAt(0).toLowerCase() + model.slice(1)
          ]!;
          return viewerStore.run(current, () => delegate[first]!(args).then((result) => result));
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

type SessionSettings = { key: string; values: string[] };

/**
 * Compound unique keys per model (`insurerId_code: {…}`), which only findUnique accepts. A
 * findUnique whose `where` names none selects the same row as a findFirst with that `where`.
 */
const compoundKeys = new Map(
  Object.entries(getDatamodel().datamodel.models).map(([name, m]) => [
    name,
    new Set(
      [m.primaryKey, ...m.uniqueIndexes]
        .filter((k): k is { name: string | null; fields: string[] } => !!k && k.fields.length > 1)
        .map((k) => k.name ?? k.fields.join('_')),
    ),
  ]),
);

function namesNoCompoundKey(model: string, args: unknown): boolean {
  const keys = compoundKeys.get(model);
  const where = (args as { where?: Record<string, unknown> } | undefined)?.where;
  return !!keys && !!where && Object.keys(where).every((k) => !keys.has(k));
}

/** The viewer's settings and their key (viewer-session.ts); a partner's entrusting insurers read as the hub. */
async function settingsOf(base: PrismaClient, viewer: Viewer): Promise<SessionSettings> {
  const ids = scopeOf(viewer) === 'partner' ? await entrustingInsurerIds(base, viewer.partnerId!) : [];
  return settingsFor(viewer, ids);
}

function settingsFor(viewer: Viewer, entrusting: readonly string[]): SessionSettings {
  const values = viewerSettings(viewer, entrusting);
  return { key: values.join('|'), values };
}

type TransactionOptions = { maxWait: number; timeout: number };

/**
 * One interactive transaction as `viewer` (null: the hub), the domain commands' transaction
 * (server/domain/transaction.ts). Same settings and policies as the viewer's reads, and the
 * same two ways to carry them:
 * - on a PostgreSQL pool the transaction's connection is checked out already set for the
 *   viewer (viewer-session.ts): no statement when it served that viewer last, one switch
 *   otherwise. A command's transaction used to open with a `set_config` statement every time
 *   (one of six round trips of a mutation, bench/PERFORMANCE.md "Audit log"). Inside `fn`
 *   the viewer is no longer in the async context, so a statement on the base client made
 *   from inside a command still runs as the hub, as it always did;
 * - otherwise (embedded PGlite: one shared session) the settings are applied locally, as the
 *   transaction's first statement.
 */
export async function transactionAs<T>(
  base: PrismaClient,
  viewer: Viewer | null,
  fn: (tx: Tx) => Promise<T>,
  options: TransactionOptions,
): Promise<T> {
  if (!viewer) return viewerStore.exit(() => base.$transaction(fn, options));
  const current = await settingsOf(base, viewer);
  if (sessionCapableClients.has(base))
    return viewerStore.run(current, () => base.$transaction((tx) => viewerStore.exit(() => fn(tx)), options));
  return base.$transaction(async (tx) => {
    await tx.$executeRawUnsafe(APPLY_VIEWER_SQL, ...current.values);
    return fn(tx);
  }, options);
}

/**
 * Runs one statement as `viewer` (null: the hub), rows typed as `$queryRaw` types them. On a
 * PostgreSQL pool it goes straight to the pool (server/db/direct-statement.ts: Prisma's raw
 * path cost ~3× the driver's CPU), on a connection set for the viewer as every other
 * statement is (viewer-session.ts); otherwise (embedded PGlite, or a pool not open yet)
 * through `prisma`, the viewer's client, which applies the same settings.
 */
export async function statementRowsAs<Row>(base: PrismaClient, viewer: Viewer | null, prisma: PrismaClient, sql: Prisma.Sql): Promise<Row[]> {
  const pool = sessionCapableClients.has(base) ? directPool(base) : null;
  if (!pool) return prisma.$queryRaw<Row[]>(sql);
  if (!viewer) return viewerStore.exit(() => queryRows<Row>(pool, sql));
  const current = await settingsOf(base, viewer);
  return viewerStore.run(current, () => queryRows<Row>(pool, sql));
}

/** Applies the viewer to an interactive transaction already open. */
export async function applyViewer(tx: Tx, base: PrismaClient | Tx, viewer: Viewer): Promise<void> {
  const ids = scopeOf(viewer) === 'partner' ? await entrustingInsurerIds(base, viewer.partnerId!) : [];
  await tx.$executeRawUnsafe(APPLY_VIEWER_SQL, ...viewerSettings(viewer, ids));
}
