import type { AuditEvent } from '../db/generated/prisma/client.js';
import type { Viewer } from '../auth/viewer.js';
import {
  audienceAllows,
  audienceWhere,
  filterAllows,
  filterWhere,
  mayChangeAudience,
  resolveAudience,
  type AuditAudience,
  type EventFilter,
} from './audience.js';
import type { AuditStream } from './stream.js';
import { yieldIfSpent } from './time-slice.js';

/** A heartbeat: every matching event up to `latestSeq` has been delivered; resume from it. */
export interface AuditHeartbeat {
  kind: 'heartbeat';
  latestSeq: bigint;
  at: Date;
}

export type AuditStreamItem = AuditEvent | AuditHeartbeat;

export interface SubscriptionLimits {
  /** Events per replay page; pages are pulled one at a time as the socket drains. */
  replayPage: number;
  /** Live events queued for a slow consumer before it falls back to replaying from the table. */
  queueLimit: number;
  /** How long a partner's entrusting insurers are trusted before being read again. */
  audienceTtlMs: number;
}

type Waiter = (result: IteratorResult<AuditStreamItem>) => void;

/**
 * One subscriber's stream, as the async iterator graphql-ws consumes (pull-based: the next
 * item is produced when the previous one has been sent, so a slow socket slows only itself).
 *
 * Replay mode reads the table after `lastQueued`, up to the stream's head: a subscriber that
 * follows every event it may see (no type or subject filter) reads the stream's shared,
 * aligned blocks and applies its audience in memory, exactly as live delivery does; one with
 * a narrowing filter reads its own pages with the filter in SQL. Handing out items is
 * time-sliced (time-slice.ts). When it has read up to the head it goes live in the same
 * synchronous step, marks the switch with a heartbeat, and from then on receives the
 * stream's batches, dropping any seq it has already passed (de-duplication by seq). A live
 * consumer too slow to keep its queue under the limit drops the queue and replays from the
 * last event it was handed: memory stays bounded and nothing is lost.
 */
export class AuditSubscription implements AsyncIterableIterator<AuditStreamItem> {
  private mode: 'replay' | 'live' = 'replay';
  /** Highest seq queued or passed over (filtered out). */
  private lastQueued: bigint;
  /** Highest seq such that every matching event up to it has been handed out. */
  private cursor: bigint;
  private queue: AuditStreamItem[] = [];
  private waiter: Waiter | null = null;
  private closed = false;
  private audience: AuditAudience | null = null;
  private audienceAt = 0;
  private refreshing = false;

  constructor(
    private readonly stream: AuditStream,
    private readonly viewer: Viewer,
    after: bigint,
    private readonly filter: EventFilter,
    private readonly limits: SubscriptionLimits,
  ) {
    this.lastQueued = after;
    this.cursor = after;
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  async next(): Promise<IteratorResult<AuditStreamItem>> {
    for (;;) {
      if (this.closed) return { value: undefined, done: true };
      if (this.queue.length > 0) {
        // A replayed page (or a live backlog) is handed out back to back: let I/O in when the
        // slice is spent.
        await yieldIfSpent();
        if (this.closed) continue;
      }
      const item = this.queue.shift();
      if (item) return { value: this.handOut(item), done: false };
      if (this.mode === 'replay') {
        await this.replayPage();
        continue;
      }
      return new Promise<IteratorResult<AuditStreamItem>>((resolve) => {
        this.waiter = resolve;
      });
    }
  }

  async return(): Promise<IteratorResult<AuditStreamItem>> {
    this.close();
    return { value: undefined, done: true };
  }

  async throw(error?: unknown): Promise<IteratorResult<AuditStreamItem>> {
    this.close();
    throw error;
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.queue = [];
    this.stream.forget(this);
    const waiter = this.waiter;
    this.waiter = null;
    waiter?.({ value: undefined, done: true });
  }

  /** A live batch event (called by the stream in seq order). */
  push(row: AuditEvent): void {
    if (this.closed || this.mode !== 'live' || row.seq <= this.lastQueued) return;
    this.lastQueued = row.seq;
    if (!this.allows(row)) {
      if (this.queue.length === 0) this.cursor = row.seq;
      return;
    }
    const rescope = this.audience !== null && mayChangeAudience(this.audience, row);
    if (this.waiter) {
      const waiter = this.waiter;
      this.waiter = null;
      waiter({ value: this.handOut(row), done: false });
    } else {
      this.queue.push(row);
    }
    if (rescope) {
      // The entrustment may have ended (or begun) with this event: the events after it are
      // judged by the audience as it now is. Re-read them from the table, which re-resolves
      // the audience first (replayPage), rather than let the old one pass them live for up to
      // `audienceTtlMs`. What is queued so far was visible when it happened and stays.
      this.audienceAt = 0;
      this.mode = 'replay';
      this.stream.setLive(this, false);
      return;
    }
    if (this.queue.length > this.limits.queueLimit) {
      // Too slow for live delivery: forget the queue, re-read it from the table.
      this.queue = [];
      this.lastQueued = this.cursor;
      this.mode = 'replay';
      this.stream.setLive(this, false);
    }
  }

  heartbeat(): void {
    if (this.mode === 'live' && Date.now() - this.audienceAt > this.limits.audienceTtlMs)
      void this.refreshAudience();
    if (!this.waiter) return; // busy sending: the data itself shows the stream is alive
    const waiter = this.waiter;
    this.waiter = null;
    waiter({ value: this.handOut(this.beat()), done: false });
  }

  private handOut(item: AuditStreamItem): AuditStreamItem {
    if (!('kind' in item)) this.cursor = item.seq;
    if (this.queue.length === 0) this.cursor = this.lastQueued;
    return item;
  }

  private beat(): AuditHeartbeat {
    return { kind: 'heartbeat', latestSeq: this.lastQueued, at: new Date() };
  }

  private allows(row: AuditEvent): boolean {
    return this.audience !== null && audienceAllows(this.audience, row) && filterAllows(this.filter, row);
  }

  private async refreshAudience(): Promise<void> {
    if (this.refreshing) return;
    this.refreshing = true;
    try {
      this.audience = await resolveAudience(this.stream.prisma, this.viewer);
      this.audienceAt = Date.now();
    } catch {
      // Keep the previous audience; the next heartbeat tries again.
    } finally {
      this.refreshing = false;
    }
  }

  private async replayPage(): Promise<void> {
    if (!this.audience || Date.now() - this.audienceAt > this.limits.audienceTtlMs)
      await this.refreshAudience();
    if (!this.audience) throw new Error('audit stream: cannot resolve what this subscriber may see');
    if (this.closed) return;
    const target = this.stream.head;
    if (this.lastQueued >= target) {
      // Caught up: go live in the same synchronous step as the check (see stream.ts).
      this.mode = 'live';
      this.stream.setLive(this, true);
      this.queue.push(this.beat());
      return;
    }
    if (!this.filter.types?.length && !this.filter.subject) {
      const { rows, through } = await this.stream.readBlock(this.lastQueued, target);
      if (this.closed) return;
      this.stream.prefetchBlock(through, target);
      for (const row of rows) if (this.allows(row)) this.queue.push(row);
      this.lastQueued = through;
    } else {
      const rows = await this.stream.prisma.auditEvent.findMany({
        where: {
          AND: [
            audienceWhere(this.audience),
            filterWhere(this.filter),
            { seq: { gt: this.lastQueued, lte: target } },
          ],
        },
        orderBy: { seq: 'asc' },
        take: this.limits.replayPage,
      });
      if (this.closed) return;
      for (const row of rows) {
        this.queue.push(row);
        this.lastQueued = row.seq;
      }
      if (rows.length < this.limits.replayPage && this.lastQueued < target) this.lastQueued = target;
    }
    if (this.queue.length === 0) this.cursor = this.lastQueued;
  }
}
