import type { RateLimiterAbstract, RateLimiterRes } from 'rate-limiter-flexible';
import type { Config } from '../config.js';
import { DomainError } from '../domain/errors.js';
import { createRateLimitStore } from './rate-limit-store.js';
import type { RateLimiter } from './rate-limiter.js';
import type { CredentialId } from '../auth/credential-id.js';

/** What the hub's own HTTP routes draw on: the per-credential budget and this one. */
export interface RouteLimits {
  limiter: RateLimiter;
  authFailures: AuthFailureLimiter;
}

/**
 * Failed authentications, counted per client address and presented credential. A key, session
 * cookie or password that is refused used to answer 401 before any budget was spent (the
 * per-credential limiter needs a credential to count against), so an address could guess keys
 * and passwords without limit. Each refusal costs two budgets a point:
 *
 * - the address and the credential it presented (an API key by its prefix, an account by its
 *   username, a session: `server/auth/credential-id.ts`), `AUTH_FAILURES_PER_MINUTE`: guessing
 *   one key's secret or one account's password;
 * - the address alone, `AUTH_FAILURES_PER_ADDRESS_PER_MINUTE` (default five times the first):
 *   spraying many keys or accounts.
 *
 * Past either budget in a minute it is blocked for BLOCK_SECONDS, and while blocked every request
 * of it (that address with that credential, or that address with any credential) and every
 * log-in answers 429 RATE_LIMITED with Retry-After; a valid credential included, otherwise 200
 * against 429 would still tell a guess right. Requests without a credential are not affected.
 * Keyed by the address alone, an office behind one NAT address was locked out together by one
 * clerk's mistyped password or one misconfigured integration; now its colleagues go on unless
 * the address as a whole crosses the higher budget.
 *
 * A process remembers for CLEAN_ADDRESS_MS a key the store found not blocked.
 *
 * The counters live where the per-credential budget's do (rate-limit-store.ts): on PostgreSQL
 * in its table under their own key prefixes, so every replica sees the same count and the same
 * block; in memory on the single-process embedded database.
 */
export interface AuthFailureLimiter {
  /** Failures of one credential from one address a minute (0: the limiter is off). */
  readonly perMinute: number;
  /** Failures of any credentials from one address a minute. */
  readonly perAddress: number;
  /** Null when the address may authenticate with this credential now; otherwise the refusal to answer. */
  check(ip: string | null, credential: CredentialId | null): Promise<DomainError | null>;
  /** Counts a refused authentication; returns the refusal when the address or the pair is now blocked. */
  fail(ip: string | null, credential: CredentialId | null): Promise<DomainError | null>;
}

/** How long an address that went past its failures stays refused. */
export const BLOCK_SECONDS = 15 * 60;

/**
 * How long a key the store found not blocked is taken as such without asking again. The
 * check ran on every request that presents a credential: one statement per API call on
 * PostgreSQL, a sixth of a mutation's round trips (bench/PERFORMANCE.md "Audit log: fewer
 * round trips"). A failure counted by this process forgets the keys it counted at once, so
 * within one process the block is exact; a block set by another replica is seen here at most
 * this late.
 */
export const CLEAN_ADDRESS_MS = 1_000;
/** Keys remembered as clean (the oldest forgotten first beyond it). */
const CLEAN_ADDRESSES = 10_000;

/** The two budgets' stores: the address alone, and the address with the credential. */
export interface AuthFailureStores {
  address: RateLimiterAbstract;
  credential: RateLimiterAbstract;
}

export function authFailureStores(config: Config): AuthFailureStores {
  const budget = (keyPrefix: string, points: number) =>
    createRateLimitStore(config, undefined, { keyPrefix, points, duration: 60, blockDuration: BLOCK_SECONDS });
  return {
    address: budget('authfail', config.authFailuresPerAddressPerMinute),
    credential: budget('authfailcred', config.authFailuresPerMinute),
  };
}

export function createAuthFailureLimiter(
  config: Config,
  stores: AuthFailureStores = authFailureStores(config),
  clock: () => number = Date.now,
): AuthFailureLimiter {
  const perMinute = config.authFailuresPerMinute;
  const perAddress = config.authFailuresPerAddressPerMinute;
  /** The counters a request of this address and credential draws on (none when off or unknown). */
  const keysOf = (ip: string | null, credential: CredentialId | null): Counter[] => {
    if (perMinute <= 0 || !ip) return [];
    const address: Counter = { key: ip, store: stores.address, limit: perAddress, perCredential: false };
    return credential === null ? [address] : [address, { key: `${ip} ${credential}`, store: stores.credential, limit: perMinute, perCredential: true }];
  };
  /** Key → until when it is known not blocked. */
  const clean = new Map<string, number>();
  /** Failures counted by this process: a check that overlapped one remembers nothing. */
  let failures = 0;
  const forget = (counters: Counter[]) => {
    for (const c of counters) clean.delete(c.key);
  };
  return {
    perMinute,
    perAddress,
    async check(ip, credential) {
      const asked = clock();
      const unknown = keysOf(ip, credential).filter((c) => !((clean.get(c.key) ?? 0) > asked));
      if (unknown.length === 0) return null;
      const failuresBefore = failures;
      const answers = await Promise.all(unknown.map((c) => c.store.get(c.key)));
      for (const [i, res] of answers.entries()) {
        if (res && res.consumedPoints > unknown[i]!.limit) return throttled(res.msBeforeNext, unknown[i]!);
      }
      if (failures !== failuresBefore) return null;
      for (const c of unknown) {
        // Re-inserted so the map's order stays oldest first.
        clean.delete(c.key);
        clean.set(c.key, asked + CLEAN_ADDRESS_MS);
      }
      while (clean.size > CLEAN_ADDRESSES) clean.delete(clean.keys().next().value!);
      return null;
    },
    async fail(ip, credential) {
      const counters = keysOf(ip, credential);
      if (counters.length === 0) return null;
      failures += 1;
      forget(counters);
      try {
        const refusals = await Promise.all(counters.map((c) => consume(c)));
        return refusals.find((r) => r !== null) ?? null;
      } finally {
        // A check that overlapped this failure remembers nothing, whichever ended first.
        failures += 1;
        forget(counters);
      }
    },
  };
}

interface Counter {
  key: string;
  store: RateLimiterAbstract;
  limit: number;
  perCredential: boolean;
}

async function consume(counter: Counter): Promise<DomainError | null> {
  try {
    await counter.store.consume(counter.key, 1);
    return null;
  } catch (error) {
    if (error instanceof Error) throw error;
    return throttled((error as RateLimiterRes).msBeforeNext, counter);
  }
}

function throttled(msBeforeNext: number, counter: Counter): DomainError {
  const retryAfterSeconds = Math.max(1, Math.ceil(msBeforeNext / 1000));
  const { limit, perCredential } = counter;
  return new DomainError(
    'RATE_LIMITED',
    perCredential
      ? {
          en: `Too many failed authentications with this credential from this address (more than ${limit} a minute); retry in ${retryAfterSeconds} s`,
          zh: `此地址使用该凭据认证失败次数过多（每分钟超过 ${limit} 次），请 ${retryAfterSeconds} 秒后重试`,
        }
      : {
          en: `Too many failed authentications from this address (more than ${limit} a minute); retry in ${retryAfterSeconds} s`,
          zh: `此地址认证失败次数过多（每分钟超过 ${limit} 次），请 ${retryAfterSeconds} 秒后重试`,
        },
    { retryAfterSeconds },
  );
}

/** A refusal of this limiter (its retry delay is in `details.retryAfterSeconds`). */
export function retryAfterOf(error: DomainError): number {
  const value = (error.details as { retryAfterSeconds?: unknown } | undefined)?.retryAfterSeconds;
  return typeof value === 'number' ? value : 60;
}
