import { randomBytes } from 'node:crypto';

/** A date-only value (term dates, `@db.Date` columns) at UTC midnight. */
export const day = (iso: string): Date => new Date(`${iso}T00:00:00.000Z`);
/** An instant in China Standard Time, stored as UTC. */
export const cst = (isoLocal: string): Date => new Date(`${isoLocal}+08:00`);
/** Yuan to integer fen, exactly (inputs carry at most two decimals). */
export const fen = (yuan: number): bigint => BigInt(Math.round(yuan * 100));

export const addYears = (d: Date, years: number): Date => {
  const out = new Date(d);
  out.setUTCFullYear(out.getUTCFullYear() + years);
  return out;
};
export const addDays = (d: Date, days: number): Date => new Date(d.getTime() + days * 86_400_000);

/**
 * RFC 9562 UUIDv7 from a millisecond timestamp and 10 random bytes. The seeds make ids
 * themselves so related rows can go in with createMany in one round trip per table.
 */
export function uuidv7(ms: number, random: Uint8Array = randomBytes(10)): string {
  const b = new Uint8Array(16);
  let t = ms;
  for (let i = 5; i >= 0; i--) {
    b[i] = t % 256;
    t = Math.floor(t / 256);
  }
  b.set(random.subarray(0, 10), 6);
  b[6] = 0x70 | (b[6]! & 0x0f);
  b[8] = 0x80 | (b[8]! & 0x3f);
  const hex = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Monotonic id source: ids made in sequence sort in that sequence. */
export function idSource(startMs = Date.now()): () => string {
  let ms = startMs;
  return () => uuidv7(ms++);
}

/** mulberry32: small, fast, deterministic PRNG for repeatable generated data. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
