import { describe, expect, it } from 'vitest';
import { ViewerCache } from './viewer-cache.js';
import type { Viewer } from './viewer.js';

const viewer = (credentialId: string): Viewer => ({
  actorType: 'API_CLIENT',
  actorId: `client-${credentialId}`,
  name: 'integration',
  role: 'INTEGRATOR',
  insurerId: 'insurer',
  partnerId: null,
  providerId: null,
  credentialId,
});

describe('ViewerCache', () => {
  it('serves an entry within its TTL and not after', () => {
    const cache = new ViewerCache(5_000, 10);
    cache.set('h1', viewer('k1'), 1_000, null, cache.generation);
    expect(cache.get('h1', 5_999)?.credentialId).toBe('k1');
    expect(cache.get('h1', 6_000)).toBeNull();
    expect(cache.size).toBe(0);
  });

  it("never serves past the key's expiry, and does not store a key that has already expired", () => {
    const cache = new ViewerCache(5_000, 10);
    cache.set('h1', viewer('k1'), 1_000, 2_000, cache.generation);
    expect(cache.get('h1', 1_999)).not.toBeNull();
    expect(cache.get('h1', 2_000)).toBeNull();
    cache.set('h2', viewer('k2'), 3_000, 3_000, cache.generation);
    expect(cache.get('h2', 3_000)).toBeNull();
  });

  it('forgets a revoked credential at once, and refuses what a lookup read before the revocation', () => {
    const cache = new ViewerCache(5_000, 10);
    cache.set('h1', viewer('k1'), 0, null, cache.generation);
    cache.set('h2', viewer('k2'), 0, null, cache.generation);
    const inFlight = cache.generation;
    cache.forget('k1');
    expect(cache.get('h1', 1)).toBeNull();
    expect(cache.get('h2', 1)?.credentialId).toBe('k2');
    // A lookup that started before the revocation committed must not put the key back.
    cache.set('h1', viewer('k1'), 2, null, inFlight);
    expect(cache.get('h1', 3)).toBeNull();
    cache.clear();
    expect(cache.get('h2', 4)).toBeNull();
  });

  it('is bounded, evicting the least recently used entry', () => {
    const cache = new ViewerCache(5_000, 2);
    cache.set('a', viewer('a'), 0, null, cache.generation);
    cache.set('b', viewer('b'), 0, null, cache.generation);
    expect(cache.get('a', 1)).not.toBeNull();
    cache.set('c', viewer('c'), 1, null, cache.generation);
    expect(cache.size).toBe(2);
    expect(cache.get('b', 2)).toBeNull();
    expect(cache.get('a', 2)).not.toBeNull();
    expect(cache.get('c', 2)).not.toBeNull();
  });

  it('hands out copies, so one request cannot change the viewer of the next', () => {
    const cache = new ViewerCache(5_000, 10);
    cache.set('h', viewer('k'), 0, null, cache.generation);
    const first = cache.get('h', 1)!;
    first.role = 'PLATFORM_ADMIN';
    expect(cache.get('h', 2)!.role).toBe('INTEGRATOR');
  });
});
