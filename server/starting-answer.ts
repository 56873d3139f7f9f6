import type { RequestListener } from 'node:http';
import express from 'express';
import { refuse } from './graphql/http-protocol.js';

/** What a client is told to wait while the hub starts (migrations take seconds, not minutes). */
export const STARTING_RETRY_AFTER_SECONDS = 1;

/**
 * The answer to every request between taking the port and serving (server/app.ts: the
 * database is opened and migrated, the job queue and GraphQL started). It was a bare
 * `503 starting` in text/plain, which a GraphQL client cannot read as an error; it is now the
 * answer of the hub's other 503s: the GraphQL error shape, SERVICE_UNAVAILABLE with
 * `retryAfterSeconds`, `Retry-After`, in zh and en, in the media type Accept asks for, never
 * stored. A WebSocket upgrade in that time gets it too (no upgrade listener is attached yet,
 * so Node hands the request here).
 */
export function startingAnswer(): RequestListener {
  const app = express();
  app.disable('x-powered-by');
  app.disable('etag');
  // Liveness and readiness answer as server/http.ts's do, in their own shape. The process is
  // alive while it migrates: /healthz was 503 here, and a liveness probe (Kubernetes'
  // livenessProbe, a supervisor's check) restarted the hub in the middle of a long migration,
  // again and again. Not ready yet is /readyz's 503, which keeps a balancer (HAProxy's httpchk,
  // scripts/cluster/haproxy.ts) sending nothing here until GraphQL is served.
  app.get('/healthz', (_req, res) => {
    res.set('cache-control', 'no-store').json({ status: 'starting' });
  });
  app.get('/readyz', (_req, res) => {
    res.set('cache-control', 'no-store').set('retry-after', String(STARTING_RETRY_AFTER_SECONDS)).status(503).json({ status: 'starting' });
  });
  app.use((req, res) => {
    res.set('retry-after', String(STARTING_RETRY_AFTER_SECONDS)).vary('Accept');
    refuse(
      req,
      res,
      503,
      'SERVICE_UNAVAILABLE',
      `The hub is starting (database migrations, then GraphQL); retry in ${STARTING_RETRY_AFTER_SECONDS} s`,
      `服务正在启动（数据库迁移后开放 GraphQL），请 ${STARTING_RETRY_AFTER_SECONDS} 秒后重试`,
      { retryAfterSeconds: STARTING_RETRY_AFTER_SECONDS },
    );
  });
  return app;
}
