import type { SqlDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { PrismaClient, type Prisma } from './generated/prisma/client.js';
import type pg from 'pg';
import { VIEWER_SESSIONS, sessionCapableClients } from '../policy/viewer-session.js';
import { SESSION_POOL, registerPool } from './direct-statement.js';

export interface PrismaClientOptions {
  /** Every SQL statement Prisma sends: tests count them to catch N+1 regressions. */
  onQuery?: (event: Prisma.QueryEvent) => void;
}

/**
 * The one way the app builds a PrismaClient, for either database: pass
 * `createPostgresAdapterFactory(url)` or an embedded database's `adapterFactory`.
 */
export function createPrismaClient(adapter: SqlDriverAdapterFactory, options: PrismaClientOptions = {}) {
  const prisma = new PrismaClient({
    adapter,
    // Any other format records the call site of every query (a `new Error()` and its stack
    // walk, ~2 % of a mutation's CPU, bench/PERFORMANCE.md "Audit log") only to print a code
    // frame in the message of an error; the hub logs errors with their stack and code anyway.
    errorFormat: 'minimal',
    // Query events are always emitted so a listener can be attached later ($on), e.g. by a
    // test around one operation; with no listener they cost next to nothing.
    log: [
      { emit: 'event', level: 'query' },
      { emit: 'stdout', level: 'warn' },
    ],
  });
  if (options.onQuery) prisma.$on('query', options.onQuery);
  if ((adapter as { [VIEWER_SESSIONS]?: boolean })[VIEWER_SESSIONS]) sessionCapableClients.add(prisma);
  const pool = (adapter as { [SESSION_POOL]?: () => pg.Pool | null })[SESSION_POOL];
  if (pool) registerPool(prisma, pool);
  return prisma;
}

export type AppPrismaClient = ReturnType<typeof createPrismaClient>;
