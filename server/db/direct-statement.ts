import pg from 'pg';
import { Prisma } from './generated/prisma/client.js';
import { statementKey } from './statement-cache.js';

/**
 * One SQL statement sent straight to the hub's PostgreSQL pool, its rows typed as Prisma's
 * `$queryRaw` types them.
 *
 * Why: the append path (`insertWithEvent`, one statement per mutation) spent more CPU in
 * Prisma's raw-query machinery than in the driver: in one process, a small `$queryRaw`
 * through the viewer client cost 0.36–0.39 ms of CPU, the same statement on the same pool
 * 0.09–0.12 ms (bench/PERFORMANCE.md "Append: the statement below Prisma"). The pool is the
 * one Prisma uses (ViewerSessionPool, server/policy/viewer-session.ts), so the statement runs
 * on a connection set for the caller's viewer exactly as Prisma's would, and prepared under
 * the same key (statement-cache.ts). Errors are pg's own; server/db/connection-errors.ts reads
 * them as it reads Prisma's (SQLSTATE codes and texts).
 */

/** Marks an adapter factory whose pool can be reached (server/db/postgres.ts). */
export const SESSION_POOL = Symbol('session pool');

const pools = new WeakMap<object, () => pg.Pool | null>();

/** createPrismaClient registers the pool of a PostgreSQL client (the factory creates it on connect). */
export function registerPool(client: object, pool: () => pg.Pool | null): void {
  pools.set(client, pool);
}

/** The client's pool while it is open; null on the embedded database or before Prisma connected. */
export function directPool(client: object): pg.Pool | null {
  const pool = pools.get(client)?.();
  return pool && !(pool as pg.Pool & { ending?: boolean }).ending ? pool : null;
}

/**
 * Text-format parsers giving the values Prisma's `$queryRaw` gives (test:
 * test/integration/direct-statement.test.ts compares both on every column type the hub's
 * tables use): int8 as bigint, numeric as Decimal, a date as UTC midnight, a timestamp
 * without zone as UTC (Prisma writes UTC there). The rest as pg parses them (int4, float,
 * bool, json and jsonb parsed, text, uuid and enums as strings, timestamptz as Date).
 */
const PARSERS: Record<number, (text: string) => unknown> = {
  20: (text) => BigInt(text),
  1700: (text) => new Prisma.Decimal(text),
  1082: (text) => new Date(`${text}T00:00:00.000Z`),
  1114: (text) => new Date(`${text.replace(' ', 'T')}Z`),
};
const types = {
  getTypeParser: (oid: number, format?: 'text' | 'binary') =>
    (format ?? 'text') === 'text' && PARSERS[oid] ? PARSERS[oid] : pg.types.getTypeParser(oid, format),
} as pg.CustomTypesConfig;

/** Runs `sql` on `pool` (the caller sets the viewer's context, as for Prisma's calls). */
export async function queryRows<Row>(pool: pg.Pool, sql: Prisma.Sql): Promise<Row[]> {
  const text = sql.text;
  const name = statementKey({ sql: text }) || undefined;
  const result = await pool.query<Row & pg.QueryResultRow>({ name, text, values: sql.values as unknown[], types });
  return result.rows;
}
