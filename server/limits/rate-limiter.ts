import { RateLimiterMemory, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { Config } from '../config.js';
import type { Viewer } from '../auth/viewer.js';

/**
 * The per-credential operation budget, shared by every transport: HTTP GraphQL, graphql-ws
 * operations and the audit export draw from the same bucket, so a client cannot double its
 * rate by opening a socket. Built once in the composition root (server/app.ts).
 *
 * The store is chosen here and only here: a replicated deployment swaps the memory store
 * for a shared one (rate-limiter-flexible has PostgreSQL and Redis stores with the same
 * interface) without touching the transports.
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

export function createRateLimiter(config: Pick<Config, 'rateLimitPerMinute'>): RateLimiter {
  const perMinute = config.rateLimitPerMinute;
  const store: RateLimiterAbstract = new RateLimiterMemory({ points: Math.max(perMinute, 1), duration: 60 });
  return {
    perMinute,
    async consume(viewer, ip) {
      const key = perMinute > 0 ? rateLimitKey(viewer, ip) : null;
      if (key === null) return null;
      try {
        await store.consume(key);
        return null;
      } catch (result) {
        if (!(result instanceof RateLimiterRes)) throw result;
        return { retryAfterSeconds: Math.max(1, Math.ceil(result.msBeforeNext / 1000)), perMinute };
      }
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
