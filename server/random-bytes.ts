import { randomFillSync } from 'node:crypto';

/**
 * Random bytes for ids and generated numbers, drawn from a pool refilled from the CSPRNG 4 KB
 * at a time (what Node's own `randomUUID` does). `crypto.randomBytes(n)` costs ~2.3 µs per call
 * whatever n (a Buffer, a job object, an OpenSSL call); every append took two (the row's uuid,
 * the tip-off number's suffix). Bytes are never handed out twice: each call copies its slice
 * out and moves past it.
 */
const POOL_BYTES = 4096;
const pool = Buffer.allocUnsafe(POOL_BYTES);
let offset = POOL_BYTES;

/** `size` fresh random bytes (≤ 256) in a Buffer of their own. */
export function randomBytesPooled(size: number): Buffer {
  if (size > 256) throw new RangeError(`randomBytesPooled: ${size} bytes is more than 256`);
  if (offset + size > POOL_BYTES) {
    randomFillSync(pool);
    offset = 0;
  }
  const bytes = Buffer.from(pool.subarray(offset, offset + size));
  // Spent bytes are overwritten, so nothing that later reads the pool can see an id's randomness.
  pool.fill(0, offset, offset + size);
  offset += size;
  return bytes;
}
