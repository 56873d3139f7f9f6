/**
 * The peer: PostGraphile 5 (amber preset, production settings) over the same tables, as its own
 * process (forked by graphql-vs-sql.ts). Tenant scope the way PostGraphile is meant to be run:
 * each request's transaction switches to the `bench_postgraphile` role with the caller's
 * insurer in a setting, and row-level-security policies for that role only (bench/peer-setup.ts)
 * apply the same filter the hub applies in code. The API key is checked with the same 5-s cache
 * as the hub (bench/key-cache.ts). It answers the queries in bench/peer-queries.ts.
 *
 * Node 20: grafast calls `Promise.withResolvers` (Node ≥ 22), so it is polyfilled here before
 * PostGraphile is loaded (dynamic imports below, after the polyfill).
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { InsurerKeyCache } from './key-cache.js';
import { PEER_ROLE, PEER_SETTING } from './peer-setup.js';

const promiseStatics = Promise as unknown as { withResolvers?: <T>() => { promise: Promise<T>; resolve: (v: T) => void; reject: (e: unknown) => void } };
promiseStatics.withResolvers ??= <T>() => {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
};

const url = process.env.DATABASE_URL;
if (!url) throw new Error('DATABASE_URL is required');
process.env.NODE_ENV = 'production';
const { postgraphile } = await import('postgraphile');
const { PostGraphileAmberPreset } = await import('postgraphile/presets/amber');
const { makePgService } = await import('postgraphile/adaptors/pg');
const { grafserv } = await import('postgraphile/grafserv/node');

// The same pool size as the hub's, and the hub's session settings (server/db/postgres.ts: JIT
// off), so all three meet the same PostgreSQL.
const pool = new pg.Pool({ connectionString: url, max: Number(process.env.DATABASE_POOL_SIZE) || 10, options: '-c jit=off' });
const keys = new InsurerKeyCache(pool);
let statements = 0;
const countQueries = <T extends (...args: never[]) => unknown>(fn: T): T =>
  ((...args: never[]) => {
    statements++;
    return fn(...args);
  }) as T;
pool.on('connect', (client) => {
  client.query = countQueries(client.query.bind(client)) as typeof client.query;
});

class Unauthenticated extends Error {
  statusCode = 401;
}

const preset: GraphileConfig.Preset = {
  extends: [PostGraphileAmberPreset],
  // Lets the peer order by createdAt as the hub does (by default it orders only by indexed
  // columns); PostgreSQL then sorts, as it does for the hub (bench/peer-queries.ts).
  disablePlugins: ['PgIndexBehaviorsPlugin'],
  pgServices: [makePgService({ pool, schemas: ['public'] })],
  grafserv: { graphqlPath: '/graphql', graphiql: false, watch: false },
  grafast: {
    explain: false,
    async context(requestContext) {
      const insurerId = await keys.insurerOf(requestContext.node?.req.headers.authorization);
      if (!insurerId) throw new Unauthenticated('unauthenticated');
      // PostGraphile runs the request in a transaction with these as `SET LOCAL` (set_config).
      return { pgSettings: { role: PEER_ROLE, [PEER_SETTING]: insurerId } };
    },
  },
};

const pgl = postgraphile(preset);
const serv = pgl.createServ(grafserv);
const server = createServer();
serv.addTo(server).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
// Build the schema before announcing readiness, so the first measured request does not pay it.
await pgl.getSchemaResult();
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address() as AddressInfo;
  process.send?.({ ready: `http://127.0.0.1:${port}` });
});
process.on('message', (message) => {
  if (message === 'stats') process.send?.({ statements });
  if (message === 'stop') {
    server.closeAllConnections();
    server.close(() => void Promise.resolve(pgl.release()).then(() => pool.end()).then(() => process.exit(0)));
  }
});
