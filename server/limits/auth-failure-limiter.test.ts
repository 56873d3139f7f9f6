import { describe, expect, it } from 'vitest';
import { RateLimiterMemory, type RateLimiterRes } from 'rate-limiter-flexible';
import { loadConfig } from '../config.js';
import { BLOCK_SECONDS, CLEAN_ADDRESS_MS, createAuthFailureLimiter } from './auth-failure-limiter.js';

const LIMIT = 3;
const PER_ADDRESS = 6;
const config = loadConfig({ NODE_ENV: 'test', AUTH_FAILURES_PER_MINUTE: String(LIMIT), AUTH_FAILURES_PER_ADDRESS_PER_MINUTE: String(PER_ADDRESS) });
const KEY = 'key:abcd1234';

/** One shared pair of stores (as the PostgreSQL table is for replicas), counting their reads. */
function sharedStores() {
  let reads = 0;
  let hold: Promise<void> | null = null;
  const counted = (keyPrefix: string, points: number) => {
    const store = new RateLimiterMemory({ keyPrefix, points, duration: 60, blockDuration: BLOCK_SECONDS });
    const get = store.get.bind(store);
    store.get = async (key, options) => {
      reads += 1;
      const res = await get(key, options);
      if (hold) await hold;
      return res;
    };
    return store;
  };
  return {
    stores: { address: counted('authfail', PER_ADDRESS), credential: counted('authfailcred', LIMIT) },
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

describe('auth-failure limiter: an address and credential found clean are not asked about again for a second', () => {
  it('asks the store once per key and second, not once per request', async () => {
    const shared = sharedStores();
    let t = 1_000_000;
    const limiter = createAuthFailureLimiter(config, shared.stores, () => t);
    for (let i = 0; i < 5; i++) expect(await limiter.check('203.0.113.1', null)).toBeNull();
    expect(shared.reads()).toBe(1);
    // The address is known clean: only the pair is asked about.
    expect(await limiter.check('203.0.113.1', KEY)).toBeNull();
    expect(shared.reads()).toBe(2);
    expect(await limiter.check('203.0.113.2', KEY)).toBeNull();
    expect(shared.reads()).toBe(4);
    t += CLEAN_ADDRESS_MS;
    expect(await limiter.check('203.0.113.1', null)).toBeNull();
    expect(shared.reads()).toBe(5);
  });

  it('a failure in this process forgets the address and pair: the block that follows is exact', async () => {
    const shared = sharedStores();
    const t = 1_000_000;
    const limiter = createAuthFailureLimiter(config, shared.stores, () => t);
    const ip = '203.0.113.3';
    expect(await limiter.check(ip, KEY)).toBeNull();
    for (let i = 0; i < LIMIT; i++) expect(await limiter.fail(ip, KEY)).toBeNull();
    expect(await limiter.fail(ip, KEY)).toMatchObject({ code: 'RATE_LIMITED' });
    // Same instant as the clean check above: the store is asked, and it says blocked.
    expect(await limiter.check(ip, KEY)).toMatchObject({ code: 'RATE_LIMITED' });
  });

  it('a block set by another replica is seen at most CLEAN_ADDRESS_MS late', async () => {
    const shared = sharedStores();
    let t = 1_000_000;
    const here = createAuthFailureLimiter(config, shared.stores, () => t);
    const there = createAuthFailureLimiter(config, shared.stores, () => t);
    const ip = '203.0.113.4';
    expect(await here.check(ip, KEY)).toBeNull();
    for (let i = 0; i <= LIMIT; i++) await there.fail(ip, KEY);
    expect(await there.check(ip, KEY)).toMatchObject({ code: 'RATE_LIMITED' });
    t += CLEAN_ADDRESS_MS;
    expect(await here.check(ip, KEY)).toMatchObject({ code: 'RATE_LIMITED' });
  });

  it('a check that overlaps a failure of the same process remembers nothing', async () => {
    const shared = sharedStores();
    const t = 1_000_000;
    const limiter = createAuthFailureLimiter(config, shared.stores, () => t);
    const ip = '203.0.113.5';
    for (let i = 0; i < LIMIT; i++) await limiter.fail(ip, KEY);
    // A check reads "not blocked yet", then the failure that blocks lands before it answers.
    const release = shared.holdReads();
    const pending = limiter.check(ip, KEY);
    await new Promise((resolve) => setImmediate(resolve));
    expect(await limiter.fail(ip, KEY)).toMatchObject({ code: 'RATE_LIMITED' });
    release();
    expect(await pending).toBeNull();
    const blocked = await limiter.check(ip, KEY);
    expect(blocked).toMatchObject({ code: 'RATE_LIMITED' });
    expect(shared.reads()).toBe(4);
  });

  it('counts nothing and asks nothing when the limit is off or the address unknown', async () => {
    const shared = sharedStores();
    const off = createAuthFailureLimiter(loadConfig({ NODE_ENV: 'test', AUTH_FAILURES_PER_MINUTE: '0' }), shared.stores);
    expect(await off.check('203.0.113.6', KEY)).toBeNull();
    expect(await off.fail('203.0.113.6', KEY)).toBeNull();
    const on = createAuthFailureLimiter(config, shared.stores);
    expect(await on.check(null, KEY)).toBeNull();
    expect(shared.reads()).toBe(0);
    expect((await shared.stores.address.get('203.0.113.6')) as RateLimiterRes | null).toBeNull();
  });
});

describe('auth-failure limiter: one address, many credentials (an office behind one NAT address)', () => {
  it('blocks the credential that failed, not the colleagues presenting others from the same address', async () => {
    const limiter = createAuthFailureLimiter(config, sharedStores().stores);
    const office = '198.51.100.7';
    for (let i = 0; i < LIMIT; i++) expect(await limiter.fail(office, 'user:mistyped')).toBeNull();
    expect(await limiter.fail(office, 'user:mistyped')).toMatchObject({
      code: 'RATE_LIMITED',
      message: expect.stringContaining('with this credential'),
    });
    expect(await limiter.check(office, 'user:mistyped')).toMatchObject({ code: 'RATE_LIMITED' });
    expect(await limiter.check(office, 'user:colleague')).toBeNull();
    expect(await limiter.check(office, KEY)).toBeNull();
    expect(await limiter.check(office, null)).toBeNull();
  });

  it('blocks the whole address past its own, higher budget: spraying many credentials', async () => {
    const limiter = createAuthFailureLimiter(config, sharedStores().stores);
    const sprayer = '198.51.100.8';
    for (let i = 0; i < PER_ADDRESS; i++) expect(await limiter.fail(sprayer, `key:guess${i}`)).toBeNull();
    expect(await limiter.fail(sprayer, 'key:guess-last')).toMatchObject({
      code: 'RATE_LIMITED',
      message: expect.stringContaining('from this address (more than 6 a minute)'),
    });
    expect(await limiter.check(sprayer, 'key:never-tried')).toMatchObject({ code: 'RATE_LIMITED' });
    expect(await limiter.check(sprayer, null)).toMatchObject({ code: 'RATE_LIMITED' });
    expect(await limiter.check('198.51.100.9', 'key:never-tried')).toBeNull();
  });

  it('defaults the address budget to five credentials’ worth', () => {
    expect(loadConfig({ NODE_ENV: 'production' }).authFailuresPerAddressPerMinute).toBe(100);
    expect(loadConfig({ NODE_ENV: 'test', AUTH_FAILURES_PER_MINUTE: '4' }).authFailuresPerAddressPerMinute).toBe(20);
  });
});
