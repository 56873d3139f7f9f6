import type { Express } from 'express';
import type { Config } from '../config.js';
import type { Database } from '../db/open-database.js';
import type { Logger } from '../logger.js';
import { AuditStream } from './stream.js';
import { setAuditStream } from './registry.js';
import { WebhookDispatcher } from './webhooks/dispatcher.js';
import { mountAuditExport } from './export-route.js';
import type { RouteLimits } from '../limits/auth-failure-limiter.js';

export interface AuditServices {
  stream: AuditStream;
  dispatcher: WebhookDispatcher;
  /** Mounts GET /audit/export (pass to createHttpApp's `routes`), drawing on the process's one rate limiter. */
  routes(app: Express, limits: RouteLimits): void;
  stop(): Promise<void>;
}

/**
 * The audit log's moving parts for one process: the stream (one LISTEN, fan-out to
 * subscriptions, checkpoints) and the webhook dispatcher, which the stream wakes on every
 * new batch. Started before the port opens; stopped after the sockets are closed.
 */
export async function startAuditServices(config: Config, database: Database, logger: Logger): Promise<AuditServices> {
  const stream = new AuditStream(database.auditReader, database, logger.child({ part: 'audit-stream' }), {
    heartbeatMs: config.auditHeartbeatMs,
    pollMs: config.auditPollMs,
  });
  await stream.start();
  setAuditStream(stream);
  const dispatcher = new WebhookDispatcher(database.prisma, logger.child({ part: 'webhooks' }), {
    maxAttempts: config.webhookMaxAttempts,
    retryBaseMs: config.webhookRetryBaseMs,
    pollMs: Math.min(1_000, config.webhookRetryBaseMs),
    privateTargets: config.webhookPrivateTargets,
  });
  const offBatch = stream.onBatch(() => dispatcher.wakeForBatch());
  dispatcher.start();
  return {
    stream,
    dispatcher,
    routes: (app, limits) => mountAuditExport(app, () => database.prisma, config, logger, limits),
    async stop() {
      offBatch();
      await dispatcher.stop();
      await stream.stop();
      setAuditStream(null);
    },
  };
}
