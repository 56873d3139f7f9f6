import pg from 'pg';
import { RateLimiterMemory, RateLimiterPostgres, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';

/**
 * Made by migration 20261206032605 (model RateLimitBucket), not by the library at start: its
 * CREATE TABLE IF NOT EXISTS races between replicas (and between limiter instances of one
 * process) starting together, and a lost race would leave that limiter counting in memory.
 */
export const RATE_LIMIT_TABLE = 'rate_limit_buckets';

/**
 * Where the per-credential budgets live. On PostgreSQL every replica counts in one table
 * (rate-limiter-flexible's RateLimiterPostgres: one atomic upsert per operation), so a
 * credential has one budget however many processes serve it. The embedded database is one
 * process by construction: memory is exact there. If PostgreSQL cannot be reached the
 * in-memory insurance limiter counts per process until it can (requests then mostly answer
 * 503 anyway).
 */
export function createRateLimitStore(
  config: Config,
  logger?: Logger,
  // Another budget in the same table (auth-failure-limiter.ts): its own key prefix, points and block.
  budget: { keyPrefix?: string; points?: number; duration?: number; blockDuration?: number } = {},
): RateLimiterAbstract {
  const limit = budget.points ?? config.rateLimitPerMinute;
  const points = Math.max(limit, 1);
  const window = {
    points,
    duration: budget.duration ?? 60,
    ...(budget.keyPrefix ? { keyPrefix: budget.keyPrefix } : {}),
    ...(budget.blockDuration ? { blockDuration: budget.blockDuration } : {}),
  };
  const memory = new RateLimiterMemory(window);
  if (!config.databaseUrl || limit <= 0) return memory;
  // Its own small pool: the limiter runs before the operation, outside Prisma's transactions.
  const pool = new pg.Pool({
    connectionString: config.databaseUrl,
    max: 2,
    idleTimeoutMillis: 10_000,
    allowExitOnIdle: true,
  });
  pool.on('error', (error) => logger?.warn({ err: error }, 'rate limiter: idle database connection failed'));
  return new RateLimiterPostgres({
    ...window,
    storeClient: pool,
    storeType: 'pool',
    tableName: RATE_LIMIT_TABLE,
    insuranceLimiter: memory,
    tableCreated: true,
    clearExpiredByTimeout: true,
  });
}
