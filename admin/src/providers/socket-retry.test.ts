import { describe, expect, it } from 'vitest';
import { MAX_RETRY_DELAY_MS, retryDelayMs } from './socket-retry.js';

const noJitter = () => 0;

describe('the console’s reconnect wait', () => {
  it('doubles from one second, as graphql-ws waits, plus 0.3–3 s of jitter', () => {
    expect([0, 1, 2, 3].map((n) => retryDelayMs(n, null, noJitter))).toEqual([1_300, 2_300, 4_300, 8_300]);
    expect(retryDelayMs(0, null, () => 0.999)).toBeLessThanOrEqual(1_000 + 3_000);
  });

  it('stops growing at 30 s: after a ten-minute outage the tenth attempt waited 17 minutes', () => {
    expect(retryDelayMs(10, { code: 1006 }, noJitter)).toBe(MAX_RETRY_DELAY_MS + 300);
    expect(retryDelayMs(40, { code: 1006 }, noJitter)).toBe(MAX_RETRY_DELAY_MS + 300);
  });

  it('waits out a rate-limit close (4429 "RATE_LIMITED: retry after N s") instead of knocking every few seconds', () => {
    expect(retryDelayMs(0, { code: 4429, reason: 'RATE_LIMITED: retry after 900 s' }, noJitter)).toBe(900_300);
  });

  it('retries the protocol’s own 4429 (a second connection_init) as any other close', () => {
    expect(retryDelayMs(1, { code: 4429, reason: 'Too many initialisation requests' }, noJitter)).toBe(2_300);
  });
});
