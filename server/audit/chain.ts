import { GENESIS_HASH, linkHash } from './canonical.js';

/** Why a link does not hold, reported for the first broken one. */
export type ChainProblem =
  /** A seq is absent (deleted row) or out of order. */
  | 'MISSING_EVENT'
  /** The row's prevHash is not the previous row's hash (a row before it was rewritten, or one was spliced in). */
  | 'PREV_HASH_MISMATCH'
  /** The row's own content no longer produces its stored hash (the row was edited). */
  | 'HASH_MISMATCH'
  /** The row's hash differs from a published checkpoint (the tail was rewritten consistently). */
  | 'CHECKPOINT_MISMATCH';

export interface ChainLink {
  seq: bigint;
  prevHash: string;
  hash: string;
  /** SHA-256 of the canonical body: recomputed from the row, or taken from a redacted line. */
  digest: string;
}

export interface ChainBreak {
  seq: bigint;
  problem: ChainProblem;
  message: string;
}

/**
 * Walks links in seq order and stops at the first that does not hold. Shared by
 * `verifyAuditChain` (rows from the database), the export verifier (lines of a file) and
 * proofs, so the three can never disagree about what "verified" means.
 */
export class ChainWalker {
  private expectedSeq: bigint;
  private expectedPrev: string | null;
  private checkpoints: Map<bigint, string>;
  checked = 0;
  lastSeq: bigint | null = null;
  lastHash: string | null = null;
  broken: ChainBreak | null = null;

  /** `expectedPrevHash` null: accept the first link's prevHash as the anchor (e.g. a proof's start). */
  constructor(firstSeq: bigint, expectedPrevHash: string | null, checkpoints: Map<bigint, string> = new Map()) {
    this.expectedSeq = firstSeq;
    this.expectedPrev = firstSeq === 1n ? GENESIS_HASH : expectedPrevHash;
    this.checkpoints = checkpoints;
  }

  /** Returns false once the chain is broken (further links are ignored). */
  add(link: ChainLink): boolean {
    if (this.broken) return false;
    if (link.seq !== this.expectedSeq) {
      const seq = link.seq > this.expectedSeq ? this.expectedSeq : link.seq;
      return this.fail(seq, 'MISSING_EVENT', `expected event ${this.expectedSeq}, found ${link.seq}`);
    }
    if (this.expectedPrev !== null && link.prevHash !== this.expectedPrev) {
      return this.fail(link.seq, 'PREV_HASH_MISMATCH', `event ${link.seq} does not link to event ${link.seq - 1n}`);
    }
    if (linkHash(link.prevHash, link.seq, link.digest) !== link.hash) {
      return this.fail(link.seq, 'HASH_MISMATCH', `event ${link.seq} does not match its hash`);
    }
    const published = this.checkpoints.get(link.seq);
    if (published !== undefined && published !== link.hash) {
      return this.fail(link.seq, 'CHECKPOINT_MISMATCH', `event ${link.seq} differs from the published checkpoint`);
    }
    this.checked += 1;
    this.lastSeq = link.seq;
    this.lastHash = link.hash;
    this.expectedSeq = link.seq + 1n;
    this.expectedPrev = link.hash;
    return true;
  }

  /** Call after the last link when the range is known to end at `toSeq` (detects a missing tail). */
  finish(toSeq: bigint | null): ChainBreak | null {
    if (!this.broken && toSeq !== null && this.expectedSeq <= toSeq) {
      this.fail(this.expectedSeq, 'MISSING_EVENT', `event ${this.expectedSeq} is missing`);
    }
    return this.broken;
  }

  private fail(seq: bigint, problem: ChainProblem, message: string): false {
    this.broken = { seq, problem, message };
    return false;
  }
}
