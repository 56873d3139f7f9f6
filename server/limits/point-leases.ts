import { RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';

/**
 * Points taken from the shared store at once, per credential and process. On PostgreSQL each
 * take is one upsert on the credential's row, which every replica's requests for that
 * credential queue on; taking a few points at a time makes that one statement per several
 * operations (bench/PERFORMANCE.md "Rate limit leases").
 *
 * The price is exactness at the edge: points a process has taken but not yet spent are not
 * available to the other replicas until the window ends, so a credential spread over N
 * replicas can be refused up to N × (lease − 1) points before its budget. The lease is sized
 * to keep that under 0.2 % of the budget per replica, and is 1 (exact, one statement per
 * operation, as before) for budgets under 1,000 a minute.
 */
export function leaseSize(perMinute: number): number {
  return Math.min(50, Math.max(1, Math.floor(perMinute / 500)));
}

interface Lease {
  left: number;
  /** When the store's window that the points belong to ends (epoch ms). */
  until: number;
  /** The store refused: the budget is spent everywhere until `until`. */
  refused: boolean;
}

/** Entries kept before expired leases are swept (one per credential active this minute). */
const SWEEP_AT = 10_000;

/**
 * Spends one point per call from `store`, taking `size` at a time and keeping the rest in
 * this process until spent or until the store's window ends. A take the store refuses may
 * still carry points (the store counts the whole take, past its budget): those are granted,
 * so a single process spends exactly the budget. Once the store refuses, this process refuses
 * the credential by itself until the window ends (as the library's inMemoryBlockOnConsumed).
 */
export class PointLeases {
  private readonly leases = new Map<string, Lease>();

  constructor(
    private readonly store: RateLimiterAbstract,
    private readonly perMinute: number,
    private readonly size: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Null when a point was spent; the refusal (with msBeforeNext) otherwise. */
  async spend(key: string): Promise<RateLimiterRes | null> {
    const lease = this.leases.get(key);
    const now = this.now();
    if (lease && lease.until > now) {
      if (lease.left > 0) {
        lease.left -= 1;
        return null;
      }
      // Refused until the window ends: a client hammering past its budget costs no statement.
      if (lease.refused) return new RateLimiterRes(0, lease.until - now, this.perMinute, false);
    }
    let granted: number;
    let res: RateLimiterRes;
    try {
      res = await this.store.consume(key, this.size);
      granted = this.size;
    } catch (result) {
      if (!(result instanceof RateLimiterRes)) throw result;
      res = result;
      // What was left of the budget before this take is ours: the take already counted it.
      granted = Math.min(this.size, Math.max(0, this.perMinute - (result.consumedPoints - this.size)));
      if (granted === 0) {
        this.keep(key, { left: 0, until: now + result.msBeforeNext, refused: true });
        return result;
      }
    }
    if (granted > 1) this.keep(key, { left: granted - 1, until: now + res.msBeforeNext, refused: false });
    else this.leases.delete(key);
    return null;
  }

  private keep(key: string, lease: Lease): void {
    if (this.leases.size >= SWEEP_AT) {
      const now = this.now();
      for (const [k, l] of this.leases) if (l.until <= now || (l.left === 0 && !l.refused)) this.leases.delete(k);
    }
    this.leases.set(key, lease);
  }
}
