import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RateLimiterMemory, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { startPostgres, type PostgresServer } from '../../scripts/postgres.mjs';
import { applyMigrations } from '../db/migration-engine.js';
import { loadConfig } from '../config.js';
import { PointLeases, leaseSize } from './point-leases.js';
import { createRateLimitStore } from './rate-limit-store.js';

/** A store that counts how often it is asked (each ask is one upsert on PostgreSQL). */
function counted(store: RateLimiterAbstract): { store: RateLimiterAbstract; takes: () => number } {
  let takes = 0;
  const consume = store.consume.bind(store);
  store.consume = (key, points, options) => {
    takes += 1;
    return consume(key, points, options);
  };
  return { store, takes: () => takes };
}

/** Spends `n` points one call at a time; how many were allowed. */
async function spendMany(leases: PointLeases, key: string, n: number): Promise<number> {
  let allowed = 0;
  for (let i = 0; i < n; i += 1) if ((await leases.spend(key)) === null) allowed += 1;
  return allowed;
}

describe('lease size', () => {
  it('is 1 (exact) under 1,000 a minute and grows to 50 with the budget', () => {
    expect(leaseSize(150)).toBe(1);
    expect(leaseSize(999)).toBe(1);
    expect(leaseSize(3000)).toBe(6);
    expect(leaseSize(100_000_000)).toBe(50);
  });
});

describe('point leases on one store', () => {
  it('asks the store once per lease, not once per operation', async () => {
    const { store, takes } = counted(new RateLimiterMemory({ points: 1000, duration: 60 }));
    const leases = new PointLeases(store, 1000, 10);
    expect(await spendMany(leases, 'cred:a', 95)).toBe(95);
    expect(takes()).toBe(10);
  });

  it('spends exactly the budget in one process, granting what a refused take still holds', async () => {
    // 103 is not a multiple of the lease: the 11th take of 10 is refused with 3 points in it.
    const leases = new PointLeases(new RateLimiterMemory({ points: 103, duration: 60 }), 103, 10);
    expect(await spendMany(leases, 'cred:a', 150)).toBe(103);
    const refused = await leases.spend('cred:a');
    expect(refused?.msBeforeNext).toBeGreaterThan(0);
  });

  it('refuses by itself once the store has refused, until the window ends', async () => {
    let now = 1_000_000;
    const store = new RateLimiterMemory({ points: 5, duration: 60 });
    const { takes } = counted(store);
    const leases = new PointLeases(store, 5, 1, () => now);
    expect(await spendMany(leases, 'cred:a', 20)).toBe(5);
    expect(takes()).toBe(6);
    now += 30_000;
    expect((await leases.spend('cred:a'))?.msBeforeNext).toBeLessThanOrEqual(30_000);
    expect(takes()).toBe(6);
  });

  it('keeps credentials apart', async () => {
    const leases = new PointLeases(new RateLimiterMemory({ points: 20, duration: 60 }), 20, 10);
    expect(await spendMany(leases, 'cred:a', 30)).toBe(20);
    expect(await spendMany(leases, 'cred:b', 5)).toBe(5);
  });

  it('drops leased points when the window they belong to ends', async () => {
    let now = 1_000_000;
    const store = new RateLimiterMemory({ points: 1000, duration: 60 });
    const { takes } = counted(store);
    const leases = new PointLeases(store, 1000, 10, () => now);
    await leases.spend('cred:a');
    now += 61_000; // the store's own window has also ended by then (real time: it gave ~60 s)
    await leases.spend('cred:a');
    expect(takes()).toBe(2);
  });
});

describe('point leases across replicas on PostgreSQL', () => {
  let server: PostgresServer;
  beforeAll(async () => {
    server = await startPostgres();
    await applyMigrations({ target: { url: server.url } });
  }, 120_000);
  afterAll(() => server?.stop());

  it('never lets three replicas together exceed the budget, and loses at most their unspent leases', async () => {
    const perMinute = 3000;
    const config = loadConfig({ NODE_ENV: 'production', DATABASE_URL: server.url, RATE_LIMIT_PER_MINUTE: String(perMinute) });
    const size = leaseSize(perMinute);
    const replicas = [0, 1, 2].map(() => counted(createRateLimitStore(config)));
    const leases = replicas.map(({ store }) => new PointLeases(store, perMinute, size));
    let allowed = 0;
    // Round-robin, as a balancer spreads one credential's calls, well past the budget.
    await Promise.all(
      leases.map(async (lease) => {
        for (let i = 0; i < 1200; i += 1) if ((await lease.spend('cred:shared')) === null) allowed += 1;
      }),
    );
    expect(allowed).toBeLessThanOrEqual(perMinute);
    expect(allowed).toBeGreaterThanOrEqual(perMinute - replicas.length * (size - 1));
    const takes = replicas.reduce((sum, r) => sum + r.takes(), 0);
    // One upsert per lease while the budget lasts; after its first refusal a replica refuses
    // by itself (at most a partial take and a refusal each past the budget).
    expect(takes).toBeLessThanOrEqual(Math.ceil(perMinute / size) + 2 * replicas.length);
  }, 60_000);
});
