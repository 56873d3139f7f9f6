import type { RateLimiterAbstract, RateLimiterRes } from 'rate-limiter-flexible';
import type { Config } from '../config.js';
import { DomainError } from '../domain/errors.js';
import { createRateLimitStore } from './rate-limit-store.js';
import type { RateLimiter } from './rate-limiter.js';

/** What the hub's own HTTP routes draw on: the per-credential budget and this one. */
export interface RouteLimits {
  limiter: RateLimiter;
  authFailures: AuthFailureLimiter;
}

/**
 * Failed authentications per client address. A key, session cookie or password that is refused
 * used to answer 401 before any budget was spent (the per-credential limiter needs a credential
 * to count against), so an address could guess keys and passwords without limit. Here each
 * refusal costs the address a point; past `AUTH_FAILURES_PER_MINUTE` in a minute the address is
 * blocked for BLOCK_SECONDS, and while blocked every request of it that presents a credential
 * (a valid one included: otherwise 200 against 429 would still tell a guess right) or logs in
 * answers 429 RATE_LIMITED with Retry-After. Requests without a credential are not affected.
 *
 * A process remembers for CLEAN_ADDRESS_MS an address the store found not blocked.
 *
 * The counters live where the per-credential budget's do (rate-limit-store.ts): on PostgreSQL
 * in its table under their own key prefix, so every replica sees the same count and the same
 * block; in memory on the single-process embedded database.
 */
export interface AuthFailureLimiter {
  readonly perMinute: number;
  /** Null when the address may authenticate now; otherwise the refusal to answer. */
  check(ip: string | null): Promise<DomainError | null>;
  /** Counts a refused authentication; returns the refusal when the address is now blocked. */
  fail(ip: string | null): Promise<DomainError | null>;
}

/** How long an address that went past its failures stays refused. */
export const BLOCK_SECONDS = 15 * 60;

/**
 * How long an address the store found not blocked is taken as such without asking again. The
 * check ran on every request that presents a credential: one statement per API call on
 * PostgreSQL, a sixth of a mutation's round trips (bench/PERFORMANCE.md "Audit log: fewer
 * round trips"). A failure counted by this process forgets the address at once, so within one
 * process the block is exact; a block set by another replica is seen here at most this late.
 */
export const CLEAN_ADDRESS_MS = 1_000;
/** Addresses remembered as clean (the oldest forgotten first beyond it). */
const CLEAN_ADDRESSES = 10_000;

export function createAuthFailureLimiter(
  config: Config,
  store: RateLimiterAbstract = createRateLimitStore(config, undefined, {
    keyPrefix: 'authfail',
    points: config.authFailuresPerMinute,
    duration: 60,
    blockDuration: BLOCK_SECONDS,
  }),
  clock: () => number = Date.now,
): AuthFailureLimiter {
  const perMinute = config.authFailuresPerMinute;
  const key = (ip: string | null) => (perMinute > 0 && ip ? ip : null);
  /** Address → until when it is known not blocked. */
  const clean = new Map<string, number>();
  /** Failures counted by this process: a check that overlapped one remembers nothing. */
  let failures = 0;
  return {
    perMinute,
    async check(ip) {
      const k = key(ip);
      if (k === null) return null;
      const until = clean.get(k);
      if (until !== undefined && until > clock()) return null;
      const asked = clock();
      const failuresBefore = failures;
      const res = await store.get(k);
      if (res && res.consumedPoints > perMinute) return throttled(res.msBeforeNext, perMinute);
      if (failures !== failuresBefore) return null;
      // Re-inserted so the map's order stays oldest first.
      clean.delete(k);
      clean.set(k, asked + CLEAN_ADDRESS_MS);
      if (clean.size > CLEAN_ADDRESSES) clean.delete(clean.keys().next().value!);
      return null;
    },
    async fail(ip) {
      const k = key(ip);
      if (k === null) return null;
      failures += 1;
      clean.delete(k);
      try {
        await store.consume(k, 1);
        return null;
      } catch (error) {
        if (error instanceof Error) throw error;
        return throttled((error as RateLimiterRes).msBeforeNext, perMinute);
      } finally {
        // A check that overlapped this failure remembers nothing, whichever ended first.
        failures += 1;
        clean.delete(k);
      }
    },
  };
}

function throttled(msBeforeNext: number, perMinute: number): DomainError {
  const retryAfterSeconds = Math.max(1, Math.ceil(msBeforeNext / 1000));
  return new DomainError(
    'RATE_LIMITED',
    {
      en: `Too many failed authentications from this address (more than ${perMinute} a minute); retry in ${retryAfterSeconds} s`,
      zh: `此地址认证失败次数过多（每分钟超过 ${perMinute} 次），请 ${retryAfterSeconds} 秒后重试`,
    },
    { retryAfterSeconds },
  );
}

/** A refusal of this limiter (its retry delay is in `details.retryAfterSeconds`). */
export function retryAfterOf(error: DomainError): number {
  const value = (error.details as { retryAfterSeconds?: unknown } | undefined)?.retryAfterSeconds;
  return typeof value === 'number' ? value : 60;
}
