import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import { createRateLimitStore } from './rate-limit-store.js';
import { PointLeases, leaseSize } from './point-leases.js';
import type { Config } from '../config.js';
import type { Viewer } from '../auth/viewer.js';

/**
 * The per-credential operation budget, shared by every transport: HTTP GraphQL, graphql-ws
 * operations and the audit export draw from the same bucket, so a client cannot double its
 * rate by opening a socket. Built once in the composition root (server/app.ts).
 *
 * The store is chosen in rate-limit-store.ts and only there (PostgreSQL when the hub runs on
 * it, so replicas share one budget; memory on the single-process embedded database).
 */
export interface RateLimiter {
  readonly perMinute: number;
  /** Spends one point; null when allowed, otherwise how long to wait. */
  consume(viewer: Viewer, ip: string | null): Promise<RateLimitRefusal | null>;
}

export interface RateLimitRefusal {
  retryAfterSeconds: number;
  perMinute: number;
}

export function createRateLimiter(
  config: Config,
  // One table on PostgreSQL (one budget across replicas), memory on the embedded database.
  store: RateLimiterAbstract = createRateLimitStore(config),
): RateLimiter {
  const perMinute = config.rateLimitPerMinute;
  // Points are taken from the store a few at a time (point-leases.ts); 1 for small budgets.
  const points = new PointLeases(store, perMinute, leaseSize(perMinute));
  return {
    perMinute,
    async consume(viewer, ip) {
      const key = perMinute > 0 ? rateLimitKey(viewer, ip) : null;
      if (key === null) return null;
      const refused = await points.spend(key);
      if (!refused) return null;
      return { retryAfterSeconds: Math.max(1, Math.ceil(refused.msBeforeNext / 1000)), perMinute };
    },
  };
}

/**
 * One bucket per credential (API key or session), per IP for anonymous HTTP callers. In-process
 * calls (scripts, tests through executeOperation) carry neither and are not limited.
 */
function rateLimitKey(viewer: Viewer, ip: string | null): string | null {
  if (viewer.credentialId) return `cred:${viewer.credentialId}`;
  if (ip) return `ip:${ip}`;
  return null;
}
