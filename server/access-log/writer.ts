import type { PrismaClient } from '../db/database.js';
import type { ActorType, Role } from '../db/generated/prisma/enums.js';
import type { Logger } from '../logger.js';

export interface AccessLogRow {
  at: Date;
  actorType: ActorType;
  actorId: string;
  role: Role;
  entityType: string;
  /** Every entity of that type the operation read (one row per operation and type). */
  entityIds: string[];
  operationName: string | null;
  requestId: string | null;
}

/** Rows wait at most this long; under load one statement carries many operations' reads. */
export const ACCESS_LOG_FLUSH_MS = 100;
/** A batch of this many entity reads is written at once rather than waiting for the timer. */
export const ACCESS_LOG_BATCH_ROWS = 5_000;
/** Beyond this many queued entity reads (database down or far behind), new ones are dropped and counted in the error log. */
export const ACCESS_LOG_MAX_QUEUED = 200_000;

/**
 * Performance (bench/PERFORMANCE.md): the access log used to cost one awaited INSERT per
 * operation before its answer left, and then a row per entity read (~1,450 for a nested
 * list, ~20 ms of PostgreSQL time); now one row per operation and entity type. Now an operation's rows are queued when its answer is
 * sent and written after it, batched across operations every ACCESS_LOG_FLUSH_MS (or at
 * ACCESS_LOG_BATCH_ROWS), in one statement per batch.
 *
 * Trade-off: a row exists in memory only until its batch is written, so a process that
 * crashes (not one that stops: Apollo's serverWillStop flushes) loses at most the last
 * ~ACCESS_LOG_FLUSH_MS of reads; a failed write is logged with its row count, as before.
 */
export class AccessLogWriter {
  private queue: AccessLogRow[] = [];
  private timer: NodeJS.Timeout | null = null;
  private readonly writing = new Set<Promise<void>>();
  private logger: Logger | null = null;
  private dropped = 0;
  /** Entity ids queued: the limits count reads, not rows (a row holds one operation's reads of a type). */
  private queuedIds = 0;

  constructor(
    private readonly client: () => PrismaClient,
    private readonly flushMs = ACCESS_LOG_FLUSH_MS,
    private readonly batchRows = ACCESS_LOG_BATCH_ROWS,
    private readonly maxQueued = ACCESS_LOG_MAX_QUEUED,
  ) {}

  add(row: AccessLogRow, logger: Logger): void {
    this.logger = logger;
    if (this.queuedIds >= this.maxQueued) {
      this.dropped += row.entityIds.length;
      return;
    }
    this.queue.push(row);
    this.queuedIds += row.entityIds.length;
    if (this.queuedIds >= this.batchRows) this.writeQueued();
    else this.timer ??= setTimeout(() => this.writeQueued(), this.flushMs);
  }

  /** Writes what is queued and waits for every write in progress. */
  async flush(): Promise<void> {
    this.writeQueued();
    while (this.writing.size > 0) await Promise.all([...this.writing]);
  }

  /** Entity reads queued (not rows). */
  get queued(): number {
    return this.queuedIds;
  }

  private writeQueued(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (this.dropped > 0) {
      this.logger?.error({ entries: this.dropped }, 'access log queue full: entries dropped');
      this.dropped = 0;
    }
    if (this.queue.length === 0) return;
    const rows = this.queue;
    this.queue = [];
    this.queuedIds = 0;
    const write = this.insert(rows).finally(() => this.writing.delete(write));
    this.writing.add(write);
  }

  private async insert(rows: AccessLogRow[]): Promise<void> {
    const column = <K extends keyof AccessLogRow>(key: K) => rows.map((r) => r[key]);
    try {
      // One statement whose rows come from array parameters: `createMany` sent 8 bind
      // parameters per row through Prisma's query compiler, which was the largest CPU cost
      // of a nested list read. Each row's ids travel as one comma-separated text (a uuid has
      // no comma), because unnest cannot take an array of arrays of different lengths.
      await this.client().$executeRaw`
        INSERT INTO "AccessLogEntry" ("at", "actorType", "actorId", "role", "entityType", "entityIds", "operationName", "requestId")
        SELECT r.at, r.actor_type::"ActorType", r.actor_id, r.role::"Role", r.entity_type,
               string_to_array(r.entity_ids, ',')::uuid[], r.operation_name, r.request_id
        FROM unnest(${column('at')}::timestamptz[], ${column('actorType')}::text[], ${column('actorId')}::text[],
                    ${column('role')}::text[], ${column('entityType')}::text[], ${rows.map((r) => r.entityIds.join(','))}::text[],
                    ${column('operationName')}::text[], ${column('requestId')}::text[])
          AS r(at, actor_type, actor_id, role, entity_type, entity_ids, operation_name, request_id)`;
    } catch (error) {
      this.logger?.error({ err: error, entries: rows.length }, 'access log write failed');
    }
  }
}
