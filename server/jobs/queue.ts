import { PgBoss, type Db, type Job } from 'pg-boss';
import type { PGlite } from '@electric-sql/pglite';
import type { JobTarget } from '../db/open-database.js';
import type { Tx } from '../db/database.js';
import type { Logger } from '../logger.js';
import { queueErrorLog } from './queue-error-log.js';
import { RESTORE_ROLE_SQL, SYSTEM_ROLE_SQL } from '../policy/settings.js';
import { SCREENING_QUEUE } from '../domain/monitoring/screening-queue.js';
import { REMEASURE_QUEUE } from '../domain/templates/template-queue.js';

/**
 * The hub's one job queue: pg-boss, in the hub's own database (its tables in schema `pgboss`).
 * Jobs survive restarts and are shared by every hub process on the same database; schedules
 * fire once across replicas. On the embedded database pg-boss runs through an in-process
 * adapter; on PostgreSQL it has its own small pool.
 */
export interface JobQueue {
  boss: PgBoss;
  /**
   * Aborted when stop() begins: long handlers (a re-signing campaign) end after the item in
   * hand and hand the rest to another process, instead of holding the shutdown until pg-boss's
   * grace runs out (and, past the hub's own deadline, leaving the job active until its
   * heartbeat expired on another replica).
   */
  stopping: AbortSignal;
  stop(): Promise<void>;
}

/**
 * How long stop() waits for running handlers before pg-boss fails their jobs for a retry
 * elsewhere: within the hub's shutdown deadline (server/main.ts) after the HTTP drain.
 */
export const JOB_STOP_GRACE_MS = 5_000;

export interface JobQueueOptions {
  /**
   * A worker refreshes its job's heartbeat every half of this; a job whose heartbeat is older
   * (its process was killed or lost the database) is failed and retried by another process,
   * instead of staying active until its expiry (20 minutes for a screening chunk, 4 hours for
   * a campaign). pg-boss's minimum is 10.
   */
  heartbeatSeconds?: number;
  /** How often a process looks for such jobs (and expired ones): pg-boss supervision. */
  superviseSeconds?: number;
}

let current: PgBoss | null = null;
let heartbeatSeconds = 30;

export async function startJobQueue(target: JobTarget, logger: Logger, options: JobQueueOptions = {}): Promise<JobQueue> {
  heartbeatSeconds = options.heartbeatSeconds ?? 30;
  const supervision = {
    superviseIntervalSeconds: options.superviseSeconds ?? 30,
    monitorIntervalSeconds: options.superviseSeconds ?? 30,
  };
  const boss =
    target.kind === 'postgres'
      ? new PgBoss({ connectionString: target.url, max: 3, application_name: 'agreement-hub-jobs', ...supervision })
      : new PgBoss({ db: pgliteDb(target.pglite), backend: 'pglite', ...supervision });
  boss.on('error', queueErrorLog(logger));
  await boss.start();
  // Queues exist before anything is sent, whether or not this process works them.
  await ensureQueue(boss, SCREENING_QUEUE, { retryLimit: 3, retryDelay: 5, expireInSeconds: 20 * 60 });
  // Imports enqueue re-measuring in their own transactions, wherever they run.
  await ensureQueue(boss, REMEASURE_QUEUE, { policy: 'stately', retryLimit: 3, retryDelay: 10, expireInSeconds: 30 * 60 });
  current = boss;
  const stopping = new AbortController();
  return {
    boss,
    stopping: stopping.signal,
    async stop() {
      stopping.abort();
      if (current === boss) current = null;
      await boss.stop({ graceful: true, timeout: JOB_STOP_GRACE_MS });
    },
  };
}

/** Sends a job outside a transaction, with the same heartbeat as enqueueInTransaction. */
export async function sendJob(boss: PgBoss, name: string, data: object, singletonKey?: string): Promise<void> {
  await boss.send(name, data, { heartbeatSeconds, ...(singletonKey ? { singletonKey } : {}) });
}

/** The running queue; commands that enqueue work need one (the composition root starts it). */
export function jobQueue(): PgBoss {
  if (!current) throw new Error('job queue not started');
  return current;
}

export async function ensureQueue(boss: PgBoss, name: string, options: Parameters<PgBoss['createQueue']>[1] = {}): Promise<void> {
  if (!(await boss.getQueue(name))) await boss.createQueue(name, options);
}

/**
 * Inserts jobs inside the caller's Prisma transaction, so the jobs exist exactly when the
 * state that asked for them commits. Each carries the heartbeat (on the job, not the queue,
 * so queues created before it was set get it too): a job whose process dies mid-run is
 * handed to another process within about heartbeat + supervision + the queue's retry delay.
 */
export async function enqueueInTransaction(tx: Tx, name: string, jobs: { data: object; singletonKey?: string }[]): Promise<void> {
  if (jobs.length === 0) return;
  const db: Db = {
    async executeSql(text, values) {
      const rows = await tx.$queryRawUnsafe<unknown[]>(text, ...(values ?? []));
      return { rows };
    },
  };
  // The queue is the hub's machinery (schema pgboss, no grant for the row-secured role): the
  // insert runs as the hub, then the transaction returns to its actor's role.
  await tx.$executeRawUnsafe(`SELECT ${SYSTEM_ROLE_SQL}`);
  try {
    await jobQueue().insert(
      name,
      jobs.map((job) => ({ ...job, heartbeatSeconds })),
      { db },
    );
  } finally {
    await tx.$executeRawUnsafe(`SELECT ${RESTORE_ROLE_SQL}`);
  }
}

/** pg-boss's custom-database contract on PGlite: parameterless text may hold several statements. */
function pgliteDb(pglite: PGlite): Db {
  return {
    async executeSql(text: string, values?: unknown[]) {
      if (values && values.length > 0) return pglite.query(text, values);
      const results = await pglite.exec(text);
      return (results.length === 1 ? results[0] : results) as { rows: unknown[] };
    },
  };
}

export type { Job };

/**
 * Whether this process runs the job queue. The hub always does (server/app.ts); in-process
 * callers without one (integration tests, scripts) run the work themselves (e.g.
 * runResigningCampaign), so commands enqueue only when there is a queue to take the job.
 */
export function queueRunning(): boolean {
  return current !== null;
}
