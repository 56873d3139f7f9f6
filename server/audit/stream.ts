import type { PrismaClient } from '../db/database.js';
import type { AuditEvent } from '../db/generated/prisma/client.js';
import type { Database } from '../db/open-database.js';
import type { Logger } from '../logger.js';
import type { Viewer } from '../auth/viewer.js';
import { AUDIT_CHANNEL } from './append-event.js';
import { publishCheckpoint } from './proof.js';
import { AuditSubscription, type SubscriptionLimits } from './subscription.js';
import type { EventFilter } from './audience.js';
import { afterDeliveries, yieldIfSpent } from './time-slice.js';

export interface AuditStreamOptions {
  /** Idle live subscribers get a heartbeat with their resume cursor this often. */
  heartbeatMs?: number;
  /** Safety net: read the table this often even without a notification (a dropped LISTEN). */
  pollMs?: number;
  /** Publish a checkpoint after this many new events, or this often when any arrived. */
  checkpointEvery?: number;
  checkpointMs?: number;
  limits?: Partial<SubscriptionLimits>;
}

/** Told that events up to the stream's head are committed (the webhook dispatcher's doorbell). */
type BatchListener = () => void;

const FETCH_PAGE = 500;
/** Subscribers handed a batch between checks of the time slice (time-slice.ts). */
const FANOUT_CHUNK = 64;
/**
 * Replay reads the table in blocks of this many seqs, aligned on multiples of it, so that
 * subscribers catching up at the same time (a reconnect storm, a replica restarted) read each
 * block once and share its rows — and, the rows being the same objects, their GraphQL
 * execution (shared-subscribe.ts).
 */
export const REPLAY_BLOCK = 500n;
/**
 * Complete blocks kept for subscribers a little behind. Few: a kept row keeps its execution
 * results and their JSON alive too, and rows that survive young-generation collections are
 * copied and promoted (garbage collection was a quarter to half of a replay's CPU).
 */
const CACHED_BLOCKS = 4;

/**
 * One per server process: a single LISTEN on the audit channel, and the fan-out to every
 * subscriber of this process. A notification is only a doorbell: the stream then reads the
 * table for everything after the last seq it has seen (`seq > head`), in seq order, so a
 * coalesced, dropped or reordered notification can never skip or reorder an event. Every
 * process on the database runs its own stream, so all of them deliver every event.
 *
 * Subscribers start in replay mode (reading the table themselves, page by page, see
 * subscription.ts) and switch to live at a moment when they have read up to `head`; the
 * switch is synchronous with that check, and every batch fanned out afterwards holds only
 * seqs above it, so nothing falls in between and nothing comes twice.
 */
export class AuditStream {
  /** Highest seq read from the table by this process (every live subscriber is at or past it). */
  head = 0n;
  readonly live = new Set<AuditSubscription>();
  private readonly subscriptions = new Set<AuditSubscription>();
  private readonly batchListeners = new Set<BatchListener>();
  private readonly limits: SubscriptionLimits;
  private timers: NodeJS.Timeout[] = [];
  private unlisten: (() => Promise<void>) | null = null;
  private pumping: Promise<void> | null = null;
  private again = false;
  private stopped = false;
  private checkpointedAt = 0n;
  private readonly blocks = new Map<bigint, Promise<AuditEvent[]>>();

  constructor(
    readonly prisma: PrismaClient,
    private readonly database: Pick<Database, 'listen'>,
    private readonly logger: Logger,
    private readonly options: AuditStreamOptions = {},
  ) {
    this.limits = { replayPage: 100, queueLimit: 1000, audienceTtlMs: 60_000, ...options.limits };
  }

  async start(): Promise<void> {
    // LISTEN first, then read the head: an event committed in between is read on the next pump.
    // After a reconnect (database restart) notifications sent meanwhile are lost: pump re-reads.
    this.unlisten = await this.database.listen(
      AUDIT_CHANNEL,
      (payload) => this.notified(payload),
      () => this.pump(),
    );
    const head = await this.prisma.auditEvent.findFirst({ orderBy: { seq: 'desc' }, select: { seq: true } });
    this.head = head?.seq ?? 0n;
    this.checkpointedAt = this.head;
    const every = (ms: number, fn: () => void) => this.timers.push(setInterval(fn, ms).unref());
    every(this.options.pollMs ?? 2_000, () => this.pump());
    every(this.options.heartbeatMs ?? 15_000, () => this.heartbeat());
    every(this.options.checkpointMs ?? 60_000, () => this.checkpoint());
  }

  async stop(): Promise<void> {
    this.stopped = true;
    for (const timer of this.timers) clearInterval(timer);
    this.timers = [];
    for (const subscription of [...this.subscriptions]) subscription.close();
    await this.unlisten?.().catch(() => undefined);
    await this.pumping;
  }

  /** `after`: resume cursor (seq); null follows from now on without replay. */
  subscribe(viewer: Viewer, after: bigint | null, filter: EventFilter): AuditSubscription {
    const subscription = new AuditSubscription(this, viewer, after ?? this.head, filter, this.limits);
    if (this.stopped) subscription.close();
    else this.subscriptions.add(subscription);
    return subscription;
  }

  /**
   * Every event with `after < seq ≤ upTo`, read from the aligned block that holds `after + 1`
   * (at most REPLAY_BLOCK rows), unfiltered: the caller applies its audience, as the live
   * fan-out does. `through` is the seq read up to. A block wholly at or below `upTo` (≤ head:
   * appends commit in seq order, so it can no longer change) is read once and shared.
   */
  async readBlock(after: bigint, upTo: bigint): Promise<{ rows: AuditEvent[]; through: bigint }> {
    const start = after - (after % REPLAY_BLOCK);
    const end = start + REPLAY_BLOCK;
    if (end > upTo) return { rows: await this.readRange(after, upTo), through: upTo };
    const block = await this.completeBlock(start);
    return { rows: after === start ? block : block.filter((row) => row.seq > after), through: end };
  }

  /** Starts reading the next complete block (if any) while the current one is being sent. */
  prefetchBlock(after: bigint, upTo: bigint): void {
    const start = after - (after % REPLAY_BLOCK);
    if (start + REPLAY_BLOCK <= upTo) this.completeBlock(start).catch(() => undefined);
  }

  private completeBlock(start: bigint): Promise<AuditEvent[]> {
    let block = this.blocks.get(start);
    if (!block) {
      block = this.readRange(start, start + REPLAY_BLOCK);
      this.blocks.set(start, block);
      block.catch(() => this.blocks.delete(start));
      if (this.blocks.size > CACHED_BLOCKS) this.blocks.delete(this.blocks.keys().next().value!);
    }
    return block;
  }

  /**
   * The events with `after < seq ≤ upTo`, in seq order, whole rows. A raw statement rather than
   * `findMany`: the rows are the same objects with the same types (bigint seq, Date time, parsed
   * data), and Prisma's mapping of a model query cost ~40 % more CPU per row; a 500-row block
   * was also mapped in one synchronous run (bench/PERFORMANCE.md "Replay: cheaper rows").
   */
  private readRange(after: bigint, upTo: bigint): Promise<AuditEvent[]> {
    return this.prisma.$queryRaw<AuditEvent[]>`
      SELECT * FROM "AuditEvent" WHERE "seq" > ${after} AND "seq" <= ${upTo} ORDER BY "seq"`;
  }

  /** The next FETCH_PAGE events after `after` (as readRange; a limit, not a range, so no gap can stall it). */
  private readAfter(after: bigint): Promise<AuditEvent[]> {
    return this.prisma.$queryRaw<AuditEvent[]>`
      SELECT * FROM "AuditEvent" WHERE "seq" > ${after} ORDER BY "seq" LIMIT ${FETCH_PAGE}`;
  }

  /** Called whenever the head moves forward (new events committed). */
  onBatch(listener: BatchListener): () => void {
    this.batchListeners.add(listener);
    return () => this.batchListeners.delete(listener);
  }

  /** Subscriber bookkeeping (called by AuditSubscription). */
  setLive(subscription: AuditSubscription, live: boolean): void {
    if (live) this.live.add(subscription);
    else this.live.delete(subscription);
  }

  forget(subscription: AuditSubscription): void {
    this.live.delete(subscription);
    this.subscriptions.delete(subscription);
  }

  get subscriberCount(): number {
    return this.subscriptions.size;
  }

  /**
   * A commit's NOTIFY (payload: its seq). With no subscriber in this process nothing needs the
   * rows, so the head moves to the payload without reading the table: the read was one more
   * statement per mutation, on every hub, whether anyone followed or not (bench/PERFORMANCE.md
   * "Audit log: fewer round trips"). Sound because appends commit in seq order (the append
   * lock is held until commit), so every seq up to a committed one is committed too: a
   * subscriber arriving later replays from the table up to this head and goes live from it,
   * exactly as after a read. With a subscriber, or a read under way, the table is read.
   */
  private notified(payload: string): void {
    if (this.subscriptions.size === 0 && !this.pumping && !this.stopped && /^\d{1,19}$/.test(payload)) {
      this.advance(BigInt(payload));
      return;
    }
    this.pump();
  }

  /** The head moved to `seq` (if forward): wake the listeners, publish a checkpoint when due. */
  private advance(seq: bigint): void {
    if (seq <= this.head) return;
    this.head = seq;
    for (const listener of this.batchListeners) listener();
    if (this.head - this.checkpointedAt >= BigInt(this.options.checkpointEvery ?? 1000)) this.checkpoint();
  }

  /** Reads everything after `head`; concurrent doorbells coalesce into one more round. */
  pump(): void {
    if (this.stopped) return;
    if (this.pumping) {
      this.again = true;
      return;
    }
    this.again = false;
    this.pumping = this.drain().finally(() => {
      this.pumping = null;
      if (this.again) this.pump();
    });
  }

  private async drain(): Promise<void> {
    try {
      for (;;) {
        const rows = await this.readAfter(this.head);
        if (rows.length === 0 || this.stopped) return;
        // Advance head and hand the batch out in one synchronous step per subscriber chunk:
        // a subscriber that goes live from here on has read up to the new head itself.
        this.advance(rows[rows.length - 1]!.seq);
        await this.fanOut(rows);
        if (rows.length < FETCH_PAGE) return;
      }
    } catch (error) {
      // The next doorbell or poll retries from the same head: nothing is lost.
      if (!this.stopped) this.logger.warn({ err: error }, 'audit stream: reading new events failed');
    }
  }

  private async fanOut(rows: AuditEvent[]): Promise<void> {
    const targets = [...this.live];
    for (let i = 0; i < targets.length; i += FANOUT_CHUNK) {
      if (i > 0) {
        // The previous chunk's frames are written; serve I/O (mutations) when the slice is spent.
        await afterDeliveries();
        await yieldIfSpent();
      }
      for (const subscription of targets.slice(i, i + FANOUT_CHUNK)) {
        for (const row of rows) subscription.push(row);
      }
    }
  }

  private heartbeat(): void {
    for (const subscription of this.live) subscription.heartbeat();
  }

  private checkpoint(): void {
    if (this.head <= this.checkpointedAt) return;
    const seen = this.head;
    this.checkpointedAt = seen;
    publishCheckpoint(this.prisma).catch((error: unknown) => {
      this.checkpointedAt = 0n;
      this.logger.warn({ err: error, seq: seen.toString() }, 'audit stream: publishing a checkpoint failed');
    });
  }
}
