import path from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import type { PrismaClient } from './generated/prisma/client.js';
import { applyMigrations, migrationsUnknownHere } from './migration-engine.js';
import { openEmbedded } from './embedded.js';
import { createPostgresAdapterFactory } from './postgres.js';
import { ReconnectingListener } from './listener.js';
import { createPrismaClient } from './prisma-client.js';
import { lockDataDir } from './data-dir-lock.js';
import { dataDirProblem } from './data-dir-errors.js';
import { sslModeNote } from './ssl-mode.js';
import { MIGRATION_ZH, StartupError, describeConnectionError, describeFailure } from '../startup-error.js';

export type Listener = (payload: string) => void;

/** Where the job queue (pg-boss) keeps its tables: the same database, in-process or by URL. */
export type JobTarget = { kind: 'embedded'; pglite: PGlite } | { kind: 'postgres'; url: string };

/**
 * The database the hub runs on, whichever it is: the embedded PGlite (default, in-process,
 * data under DATA_DIR) or PostgreSQL (DATABASE_URL). Both run the same migrations; both
 * deliver NOTIFY after commit, which the audit stream listens to.
 */
export interface Database {
  kind: 'embedded' | 'postgres';
  prisma: PrismaClient;
  /**
   * The audit stream's reads (new events, replay blocks, checkpoints): on PostgreSQL a small
   * pool of its own, so delivery never queues behind the requests' transactions for a pooled
   * connection (with writers holding every connection, a replay block waited seconds for one).
   * Embedded: the one client.
   */
  auditReader: PrismaClient;
  jobTarget: JobTarget;
  /**
   * LISTEN on a channel; resolves to an unsubscribe function. On PostgreSQL the session is
   * re-established after a restart or a dropped connection, then `onReconnect` runs (anything
   * notified in between was lost: re-read).
   */
  listen(channel: string, onPayload: Listener, onReconnect?: () => void): Promise<() => Promise<void>>;
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

export async function openDatabase(config: Config, logger: Logger): Promise<Database> {
  return config.databaseUrl ? openPostgres(config.databaseUrl, config, logger) : openEmbeddedDatabase(config, logger);
}

async function openEmbeddedDatabase(config: Config, logger: Logger): Promise<Database> {
  const dataDir = path.resolve(config.dataDir, 'pglite');
  // PGlite is single-process: two hubs on one data directory would corrupt it.
  const unlock = usingDataDir(config.dataDir, () => lockDataDir(dataDir));
  try {
    const embedded = await usingDataDir(config.dataDir, () => openEmbedded(dataDir));
    const applied = await applyMigrations({ adapterFactory: embedded.adapterFactory }).catch((error: unknown) => {
      const reason = dataDirProblem(config.dataDir, error);
      throw new StartupError(
        `the embedded database in DATA_DIR ${config.dataDir} cannot be migrated: ${reason?.en ?? describeFailure(error)}`,
        `DATA_DIR ${config.dataDir} 中的嵌入式数据库无法迁移：${reason?.zh ?? MIGRATION_ZH}`,
      );
    });
    if (applied.length > 0) {
      logger.info({ applied }, 'migrations applied');
      // PGlite learns array types (e.g. EntrustedWork[]) when it opens; types a migration just
      // created would otherwise be sent as "A,B" text and fail as a malformed array literal.
      await embedded.pglite.refreshArrayTypes();
    }
    const prisma = createPrismaClient(embedded.adapterFactory);
    await warnOfNewerMigrations(prisma, logger);
    return {
      kind: 'embedded',
      prisma,
      auditReader: prisma,
      jobTarget: { kind: 'embedded', pglite: embedded.pglite },
      async listen(channel, onPayload) {
        const unlisten = await embedded.pglite.listen(channel, onPayload);
        return async () => unlisten();
      },
      ping: () => ping(prisma),
      async close() {
        await prisma.$disconnect();
        await embedded.close();
        unlock();
      },
    };
  } catch (error) {
    unlock();
    throw error;
  }
}

async function openPostgres(url: string, config: Config, logger: Logger): Promise<Database> {
  const target = describeTarget(url);
  if (config.databaseSslModePinnedFrom) logger.info(sslModeNote(config.databaseSslModePinnedFrom));
  try {
    const applied = await applyMigrations({ target: { url } });
    if (applied.length > 0) logger.info({ applied }, 'migrations applied');
  } catch (error) {
    const reason = describeConnectionError(error);
    // libpq's `prefer` falls back to plain text; here it is verified TLS or nothing (ssl-mode.ts).
    const hint =
      config.databaseSslModePinnedFrom === 'prefer' && /TLS|SSL/.test(reason.en)
        ? [' (sslmode=prefer is verified TLS here: for a server without TLS leave sslmode out)', '（此处 sslmode=prefer 即要求经验证的 TLS：服务器不支持 TLS 时请去掉 sslmode）']
        : ['', ''];
    throw new StartupError(`cannot use the database at ${target}: ${reason.en}${hint[0]}`, `无法使用数据库 ${target}：${reason.zh}${hint[1]}`);
  }
  const prisma = createPrismaClient(
    createPostgresAdapterFactory(url, {
      poolSize: config.databasePoolSize,
      onPoolError: (error) => logger.warn({ err: error }, 'idle database connection failed'),
    }),
  );
  const auditReader = createPrismaClient(
    createPostgresAdapterFactory(url, {
      poolSize: AUDIT_READER_POOL_SIZE,
      onPoolError: (error) => logger.warn({ err: error }, 'idle audit-stream connection failed'),
    }),
  );
  await warnOfNewerMigrations(prisma, logger);
  const listeners: ReconnectingListener[] = [];
  return {
    kind: 'postgres',
    prisma,
    auditReader,
    jobTarget: { kind: 'postgres', url },
    async listen(channel, onPayload, onReconnect) {
      const listener = new ReconnectingListener(url, channel, onPayload, { logger, onReconnect });
      await listener.start();
      listeners.push(listener);
      return async () => {
        listeners.splice(listeners.indexOf(listener), 1);
        await listener.close();
      };
    },
    ping: () => ping(prisma),
    async close() {
      await Promise.allSettled(listeners.map((l) => l.close()));
      await Promise.all([prisma.$disconnect(), auditReader.$disconnect()]);
    },
  };
}

/**
 * A DATA_DIR the process cannot create or write (a file in the way, no permission, a read-only
 * mount, a full disk) ends the start with a line naming the variable, not a bare `EEXIST: mkdir …`
 * or PGlite's message-less "[object Object]".
 */
function usingDataDir<T>(dataDir: string, open: () => T): T {
  const refuse = (error: unknown): never => {
    const reason = dataDirProblem(dataDir, error);
    if (!reason) throw error;
    throw new StartupError(
      `DATA_DIR ${dataDir} cannot hold the embedded database: ${reason.en} (set DATA_DIR to a writable directory with free space)`,
      `DATA_DIR ${dataDir} 无法存放嵌入式数据库：${reason.zh}（请把 DATA_DIR 设为有空闲空间的可写目录）`,
    );
  };
  try {
    const result = open();
    return (result instanceof Promise ? result.catch(refuse) : result) as T;
  } catch (error) {
    return refuse(error);
  }
}

async function warnOfNewerMigrations(prisma: PrismaClient, logger: Logger): Promise<void> {
  const rows = await prisma.$queryRaw<{ migration_name: string }[]>`
    SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
  const unknown = await migrationsUnknownHere(rows.map((r) => r.migration_name));
  if (unknown.length === 0) return;
  logger.warn(
    { migrations: unknown },
    `the database was migrated by a newer version of the hub (${unknown.length} migration(s) this version does not have): run that version, this one may fail on what they changed`,
  );
}

/** The live read, a few concurrent replay blocks or audience look-ups, a checkpoint. */
const AUDIT_READER_POOL_SIZE = 3;

async function ping(prisma: PrismaClient): Promise<boolean> {
  await prisma.$queryRaw`SELECT 1`;
  return true;
}

/** host:port/db without the password, for error lines. */
function describeTarget(url: string): string {
  const u = new URL(url);
  return `${u.hostname}:${u.port || 5432}${u.pathname}`;
}
