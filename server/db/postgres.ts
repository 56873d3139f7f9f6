import pg from 'pg';
import { PrismaPg } from '@prisma/adapter-pg';
import { VIEWER_SESSIONS, ViewerSessionPool } from '../policy/viewer-session.js';
import { StatementCachingClient, statementKey } from './statement-cache.js';
import { SESSION_POOL } from './direct-statement.js';

export interface PostgresAdapterOptions {
  /** Pool size. pg's default (10) suits one server process; many replicas need fewer each. */
  poolSize?: number;
  /** Extra pg pool settings (e.g. a custom `Client` class); they win over the defaults. */
  pool?: pg.PoolConfig;
  onPoolError?: (error: Error) => void;
}

const DEFAULT_POOL_SIZE = 10;

/**
 * A PrismaPg adapter factory for a connection string. The factory owns its pool: Prisma
 * creates it on connect and ends it on `$disconnect`, so nothing leaks between tests.
 */
export function createPostgresAdapterFactory(
  connectionString: string,
  options: PostgresAdapterOptions = {},
): PrismaPg {
  const config: pg.PoolConfig = {
    connectionString,
    max: options.poolSize ?? (Number(process.env.DATABASE_POOL_SIZE) || DEFAULT_POOL_SIZE),
    // A dead peer otherwise holds a pooled socket until the kernel gives up (hours).
    keepAlive: true,
    idleTimeoutMillis: 30_000,
    connectionTimeoutMillis: 10_000,
    // The hub runs short OLTP statements; PostgreSQL's JIT judges the nested-relation queries
    // (LATERAL + json_agg) expensive and compiles them on every execution, which costs more
    // than it saves (q2 of the benchmark: 64–104 ms with JIT, 16–24 ms without).
    options: '-c jit=off',
    // Every statement prepared, a bounded number per connection (statement-cache.ts).
    Client: StatementCachingClient,
    ...options.pool,
  };
  // The pool's connections carry a request's viewer for row-level security (server/policy);
  // a new one per connect, ended on $disconnect, as PrismaPg does with a config.
  const factory = new PrismaPg(new ViewerSessionPool(config), {
    onPoolError: options.onPoolError,
    disposeExternalPool: true,
    // Only the caching client turns keys into bounded prepared statements; another client
    // (the migration engine's) gets unnamed statements.
    statementNameGenerator: config.Client === StatementCachingClient ? statementKey : undefined,
  });
  const connect = factory.connect.bind(factory);
  const slot = factory as unknown as { externalPool: pg.Pool | null };
  factory.connect = () => {
    slot.externalPool ??= new ViewerSessionPool(config);
    return connect();
  };
  // The pool itself, for the one statement the append path sends below Prisma (direct-statement.ts).
  return Object.assign(factory, { [VIEWER_SESSIONS]: true, [SESSION_POOL]: () => slot.externalPool });
}

/**
 * A dedicated client for LISTEN: notifications arrive only on the session that listens,
 * so it must not be a pooled connection that could be handed to someone else.
 */
export async function connectListener(
  connectionString: string,
  onError: (error: Error) => void = () => {},
): Promise<pg.Client> {
  const client = new pg.Client({ connectionString, keepAlive: true });
  // Without a listener an 'error' event (server restart, network drop) crashes the process.
  client.on('error', onError);
  await client.connect();
  return client;
}
