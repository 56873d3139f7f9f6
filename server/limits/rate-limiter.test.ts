import { describe, expect, it } from 'vitest';
import { RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { loadConfig } from '../config.js';
import type { Viewer } from '../auth/viewer.js';
import { createRateLimiter } from './rate-limiter.js';

const viewer = { credentialId: 'key-1' } as unknown as Viewer;
const config = loadConfig({ NODE_ENV: 'test', RATE_LIMIT_PER_MINUTE: '10' });

/** A store whose budget is spent, its window ending `ms` from now. */
function spentFor(ms: number): RateLimiterAbstract {
  return { consume: () => Promise.reject(new RateLimiterRes(0, ms, 11, false)) } as unknown as RateLimiterAbstract;
}

describe('Retry-After of the per-credential budget', () => {
  it.each([
    [60_000, 60],
    [59_001, 60],
    [2_000, 2],
    [1_999, 2],
    [1_001, 2],
    [1, 1],
    [0, 1],
  ])('is the whole seconds until the window ends, rounded up: %i ms left → %i s', async (ms, seconds) => {
    // Rounded up, a client that waits Retry-After is served, never refused once more; the
    // header is whole seconds (RFC 9110 §10.2.3), so it is up to 1 s after the window's end.
    expect(await createRateLimiter(config, spentFor(ms)).consume(viewer, null)).toEqual({ retryAfterSeconds: seconds, perMinute: 10 });
  });
});
