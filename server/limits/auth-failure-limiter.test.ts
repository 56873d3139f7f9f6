import { describe, expect, it } from 'vitest';
import { RateLimiterMemory, type RateLimiterRes } from 'rate-limiter-flexible';
import { loadConfig } from '../config.js';
import { BLOCK_SECONDS, CLEAN_ADDRESS_MS, createAuthFailureLimiter } from './auth-failure-limiter.js';

const LIMIT = 3;
const config = loadConfig({ NODE_ENV: 'test', AUTH_FAILURES_PER_MINUTE: String(LIMIT) });

/** One shared store (as the PostgreSQL table is for replicas), counting its reads. */
function sharedStore() {
  const store = new RateLimiterMemory({ keyPrefix: 'authfail', points: LIMIT, duration: 60, blockDuration: BLOCK_SECONDS });
  let reads = 0;
  let hold: Promise<void> | null = null;
  const get = store.get.bind(store);
  store.get = async (key, options) => {
    reads += 1;
    const res = await get(key, options);
    if (hold) await hold;
    return res;
  };
  return {
    store,
    reads: () => reads,
    /** The next reads answer only once `release` is called (answers read before it). */
    holdReads(): () => void {
      let release!: () => void;
      hold = new Promise((resolve) => (release = resolve));
      return () => {
        hold = null;
        release();
      };
    },
  };
}

describe('auth-failure limiter: an address found clean is not asked about again for a second', () => {
  it('asks the store once per address and second, not once per request', async () => {
    const shared = sharedStore();
    let t = 1_000_000;
    const limiter = createAuthFailureLimiter(config, shared.store, () => t);
    for (let i = 0; i < 5; i++) expect(await limiter.check('203.0.113.1')).toBeNull();
    expect(shared.reads()).toBe(1);
    expect(await limiter.check('203.0.113.2')).toBeNull();
    expect(shared.reads()).toBe(2);
    t += CLEAN_ADDRESS_MS;
    expect(await limiter.check('203.0.113.1')).toBeNull();
    expect(shared.reads()).toBe(3);
  });

  it('a failure in this process forgets the address: the block that follows is exact', async () => {
    const shared = sharedStore();
    const t = 1_000_000;
    const limiter = createAuthFailureLimiter(config, shared.store, () => t);
    const ip = '203.0.113.3';
    expect(await limiter.check(ip)).toBeNull();
    for (let i = 0; i < LIMIT; i++) expect(await limiter.fail(ip)).toBeNull();
    expect(await limiter.fail(ip)).toMatchObject({ code: 'RATE_LIMITED' });
    // Same instant as the clean check above: the store is asked, and it says blocked.
    expect(await limiter.check(ip)).toMatchObject({ code: 'RATE_LIMITED' });
  });

  it('a block set by another replica is seen at most CLEAN_ADDRESS_MS late', async () => {
    const shared = sharedStore();
    let t = 1_000_000;
    const here = createAuthFailureLimiter(config, shared.store, () => t);
    const there = createAuthFailureLimiter(config, shared.store, () => t);
    const ip = '203.0.113.4';
    expect(await here.check(ip)).toBeNull();
    for (let i = 0; i <= LIMIT; i++) await there.fail(ip);
    expect(await there.check(ip)).toMatchObject({ code: 'RATE_LIMITED' });
    t += CLEAN_ADDRESS_MS;
    expect(await here.check(ip)).toMatchObject({ code: 'RATE_LIMITED' });
  });

  it('a check that overlaps a failure of the same process remembers nothing', async () => {
    const shared = sharedStore();
    const t = 1_000_000;
    const limiter = createAuthFailureLimiter(config, shared.store, () => t);
    const ip = '203.0.113.5';
    for (let i = 0; i < LIMIT; i++) await limiter.fail(ip);
    // A check reads "not blocked yet", then the failure that blocks lands before it answers.
    const release = shared.holdReads();
    const pending = limiter.check(ip);
    await new Promise((resolve) => setImmediate(resolve));
    expect(await limiter.fail(ip)).toMatchObject({ code: 'RATE_LIMITED' });
    release();
    expect(await pending).toBeNull();
    const blocked = await limiter.check(ip);
    expect(blocked).toMatchObject({ code: 'RATE_LIMITED' });
    expect(shared.reads()).toBe(2);
  });

  it('counts nothing and asks nothing when the limit is off or the address unknown', async () => {
    const shared = sharedStore();
    const off = createAuthFailureLimiter(loadConfig({ NODE_ENV: 'test', AUTH_FAILURES_PER_MINUTE: '0' }), shared.store);
    expect(await off.check('203.0.113.6')).toBeNull();
    expect(await off.fail('203.0.113.6')).toBeNull();
    const on = createAuthFailureLimiter(config, shared.store);
    expect(await on.check(null)).toBeNull();
    expect(shared.reads()).toBe(0);
    expect((await shared.store.get('203.0.113.6')) as RateLimiterRes | null).toBeNull();
  });
});
