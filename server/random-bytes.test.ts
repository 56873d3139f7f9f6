import { describe, expect, it } from 'vitest';
import { randomBytesPooled } from './random-bytes.js';

describe('random bytes from the pool', () => {
  it('hands out each slice once, across refills of the pool, as copies of their own', () => {
    // 600 × 16 bytes is more than two 4 KB pools: slices before, across and after each refill.
    const slices = Array.from({ length: 600 }, () => randomBytesPooled(16));
    expect(slices.every((b) => b.length === 16)).toBe(true);
    expect(new Set(slices.map((b) => b.toString('hex'))).size).toBe(600);
    // A caller writing into its id (uuidv7 stamps the time and version) touches nobody else's.
    const [first, second] = [randomBytesPooled(16), randomBytesPooled(16)];
    const secondBefore = second.toString('hex');
    first.fill(0);
    expect(second.toString('hex')).toBe(secondBefore);
  });

  it('gives odd sizes whole and refuses more than a slice of the pool', () => {
    const sizes = [1, 5, 7, 33, 256];
    for (const size of sizes) expect(randomBytesPooled(size)).toHaveLength(size);
    expect(() => randomBytesPooled(257)).toThrow(RangeError);
  });

  it('is not constant: 1,000 five-byte suffixes (the tip-off numbers) are all different', () => {
    const suffixes = new Set(Array.from({ length: 1000 }, () => randomBytesPooled(5).toString('hex')));
    expect(suffixes.size).toBe(1000);
  });
});
