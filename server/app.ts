import { createServer, type RequestListener, type Server } from 'node:http';
import { HOST_MISSING, answerClientErrors, lacksHost, respondWithRefusal } from './http-client-error.js';
import { startingAnswer } from './starting-answer.js';
import { holdContinue } from './http-body.js';
import { mountKnowledgeImport } from './uploads/knowledge-import-route.js';
import type { AddressInfo } from 'node:net';
import type { Config } from './config.js';
import type { Logger } from './logger.js';
import { openDatabase, type Database } from './db/open-database.js';
import { setDatabase } from './db/database.js';
import { buildSchema } from '../schema/index.js';
import { createApollo } from './graphql/apollo.js';
import { attachWebSocket } from './graphql/ws.js';
import { createOperationPipeline } from './graphql/pipeline.js';
import { CREDENTIAL_REVOKED_CHANNEL, onCredentialRevoked } from './auth/revocation.js';
import { forgetCachedViewer, forgetCachedViewers } from './auth/resolve-viewer.js';
import { createHttpApp, expressServerOptions, newExpressApp } from './http.js';
import { mountClaimsImport } from './claims/import-route.js';
import { startAuditServices } from './audit/service.js';
import { StartupError } from './startup-error.js';
import { startTermEndJob } from './jobs/term-end-job.js';
import { setAgencyTimeZone } from './domain/shared/local-date.js';
import { startJobQueue } from './jobs/queue.js';
import { workScreeningChunks } from './jobs/monitoring-jobs.js';
import { workTemplateJobs } from './jobs/template-jobs.js';
import { installNewRules } from './domain/monitoring/install-new-rules.js';

export interface App {
  url: string;
  port: number;
  database: Database;
  httpServer: Server;
  stop(): Promise<void>;
}

/**
 * The composition root: starts the parts in dependency order (database, schema, GraphQL over
 * HTTP and WebSocket, then the port) and stops them in reverse: stop accepting, drain HTTP,
 * close sockets, disconnect the database.
 */
export async function startApp(config: Config, logger: Logger): Promise<App> {
  // The port is taken first: "port in use" is reported at once, before the database is opened
  // and before anything else attaches to the server (the WebSocket server would log its own
  // copy of the error). Until GraphQL is ready, requests get 503 (server/starting-answer.ts).
  setAgencyTimeZone(config.timeZone);
  // The Express app exists before the server, so that requests are created as its objects.
  const expressApp = newExpressApp();
  // A request without Host is refused in the hub's shape (http-client-error.ts), not Node's way.
  const httpServer = createServer({ ...expressServerOptions(expressApp), requireHostHeader: false });
  let handle: RequestListener = startingAnswer();
  const serve: RequestListener = (req, res) => (lacksHost(req) ? respondWithRefusal(res, HOST_MISSING) : handle(req, res));
  httpServer.on('request', serve);
  // `Expect: 100-continue` is answered by the route once it will read the body (http-body.ts),
  // after the credential is checked; Node would answer it for every request before any route ran.
  httpServer.on('checkContinue', holdContinue(serve));
  answerClientErrors(httpServer);
  await listen(httpServer, config);
  const stops: Stop[] = [['http server', () => closeIfListening(httpServer)]];
  try {
    const database = await openDatabase(config, logger);
    stops.unshift(['database', () => database.close()]);
    setDatabase(database.prisma);
    await seedWhenEmpty(config, database, logger);
    const newRules = await installNewRules(database.prisma);
    if (newRules > 0) logger.info({ rules: newRules }, 'newly shipped monitoring rules installed');
    // One LISTEN per process for the audit stream, and the webhook dispatcher it wakes.
    const audit = await startAuditServices(config, database, logger);
    stops.unshift(['audit services', () => audit.stop()]);

    // One job queue (pg-boss) for the whole hub: scheduled term-end runs and screening chunks.
    const jobs = await startJobQueue(database.jobTarget, logger, {
      heartbeatSeconds: config.jobHeartbeatSeconds,
      superviseSeconds: config.jobSuperviseSeconds,
    });
    stops.unshift(['job queue', () => jobs.stop()]);
    await startTermEndJob(jobs.boss, config.termJobIntervalMinutes, logger);
    await workScreeningChunks(jobs.boss, logger);
    await workTemplateJobs(jobs.boss, logger, jobs.stopping);

    // One pipeline for every transport: the same limits, rate-limit budget, error formatter,
    // access log and request log for HTTP, WebSocket and the audit export.
    const pipeline = createOperationPipeline(config, buildSchema());
    const ws = attachWebSocket(httpServer, pipeline, logger);
    // A revoked key or ended session closes its sockets: at once in this process, and in
    // other replicas through the NOTIFY its transaction sent.
    const offRevoked = onCredentialRevoked((id) => ws.closeByCredential(id));
    // The API-key viewer cache (server/auth/viewer-cache.ts) forgets the key at once too; in
    // this process it listens to onCredentialRevoked itself.
    const unlistenRevoked = await database.listen(
      CREDENTIAL_REVOKED_CHANNEL,
      (id) => {
      forgetCachedViewer(id);
      ws.closeByCredential(id);
      },
      // Revocations announced while LISTEN was down are unknown: trust no cached viewer
      // (open sockets re-check their credential within a minute).
      () => forgetCachedViewers(),
    );
    stops.unshift([
      'revocation listeners',
      async () => {
        offRevoked();
        await unlistenRevoked();
      },
    ]);
    const apollo = createApollo({ schema: pipeline.schema, pipeline, config, httpServer, onDrain: () => ws.dispose() });
    await apollo.start();
    stops.unshift(['graphql (drain http, close sockets)', () => apollo.stop()]);

    const app = createHttpApp({
      app: expressApp,
      config,
      logger,
      apollo,
      isReady: () => database.ping(),
      authFailures: pipeline.authFailures,
      routes: (express) => {
        audit.routes(express, pipeline);
        mountClaimsImport(express, config, logger, pipeline);
        mountKnowledgeImport(express, config, logger, pipeline);
      },
    });
    handle = app;
    const port = (httpServer.address() as AddressInfo).port;
    const url = `http://localhost:${port}`;
    logger.info({ url, graphql: `${url}/graphql`, admin: `${url}/admin/`, database: database.kind }, 'hub started');

    let stopping: Promise<void> | null = null;
    return {
      url,
      port,
      database,
      httpServer,
      stop: () => (stopping ??= runStops(stops, logger)),
    };
  } catch (error) {
    await runStops(stops, logger);
    throw error;
  }
}

type Stop = [name: string, stop: () => Promise<void>];

async function runStops(stops: Stop[], logger: Logger): Promise<void> {
  for (const [name, stop] of stops) {
    const started = Date.now();
    await stop().catch((error: unknown) => logger.warn({ err: error, part: name }, 'error while stopping'));
    logger.debug({ part: name, ms: Date.now() - started }, 'stopped');
  }
  setDatabase(null);
}

function closeIfListening(server: Server): Promise<void> {
  if (!server.listening) return Promise.resolve();
  return new Promise((resolve) => server.close(() => resolve()));
}

function listen(server: Server, config: Config): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      const { port, host } = config;
      if (error.code === 'EADDRINUSE')
        reject(new StartupError(`port ${port} is already in use (set PORT to another port)`, `端口 ${port} 已被占用（请把 PORT 设为其他端口）`));
      else if (error.code === 'EACCES')
        reject(new StartupError(`no permission to listen on port ${port} (set PORT to 1024 or above)`, `无权监听端口 ${port}（请把 PORT 设为 1024 及以上）`));
      // A HOST that is not this machine's: name the variable, not only libuv's code.
      else if (error.code === 'EADDRNOTAVAIL')
        reject(
          new StartupError(
            `HOST ${host} is not an address of this machine (set HOST to one of its addresses, or unset it to listen on all)`,
            `HOST ${host} 不是本机的地址（请设为本机地址之一，或不设置以监听全部地址）`,
          ),
        );
      else if (error.code === 'ENOTFOUND' || error.code === 'EAI_AGAIN')
        reject(
          new StartupError(
            `HOST ${host} cannot be resolved to an address (set HOST to an address or a known host name)`,
            `HOST ${host} 无法解析为地址（请设为 IP 地址或可解析的主机名）`,
          ),
        );
      else reject(error);
    };
    server.once('error', onError);
    server.listen(config.port, config.host, () => {
      server.off('error', onError);
      resolve();
    });
  });
}

async function seedWhenEmpty(config: Config, database: Database, logger: Logger): Promise<void> {
  if (!config.seedDemo) return;
  if ((await database.prisma.insurer.count()) > 0) return;
  const started = Date.now();
  const { seedDemo } = await import('../prisma/seed.js');
  await seedDemo(database.prisma);
  logger.info({ ms: Date.now() - started }, 'demo data seeded');
}
