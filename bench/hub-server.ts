/**
 * The hub under test, as its own process (forked by graphql-vs-sql.ts): the real composition
 * root (server/app.ts) in production mode on the benchmark database. It counts the SQL
 * statements Prisma sends (query events) so the report can show statements per request.
 */
import { startApp } from '../server/app.js';
import { loadConfig } from '../server/config.js';
import { createLogger } from '../server/logger.js';
import type { AppPrismaClient } from '../server/db/prisma-client.js';


const config = loadConfig(process.env);
const logger = createLogger(config.logLevel);
const app = await startApp(config, logger);
let statements = 0;
// BENCH_TRACE=1 prints every statement with its duration (for profiling, not for runs).
const trace = process.env.BENCH_TRACE === '1';
// openDatabase builds it with createPrismaClient, which always emits query events.
(app.database.prisma as AppPrismaClient).$on('query', (event) => {
  statements++;
  if (trace) console.log(`[sql ${event.duration} ms] ${event.query.replace(/\s+/g, ' ').slice(0, Number(process.env.BENCH_TRACE_CHARS ?? 400))}`);
});
process.send?.({ ready: `http://127.0.0.1:${app.port}` });
process.on('message', (message) => {
  if (message === 'stats') process.send?.({ statements });
  if (message === 'stop') {
    app.httpServer.closeAllConnections();
    void app.stop().then(() => process.exit(0));
  }
});
