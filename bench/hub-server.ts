/**
 * The hub under test, as its own process (forked by graphql-vs-sql.ts): the real composition
 * root (server/app.ts) in production mode on the benchmark database. It counts the SQL
 * statements Prisma sends (query events) so the report can show statements per request.
 */
import { startApp } from '../server/app.js';
import { loadConfig } from '../server/config.js';
import { createLogger } from '../server/logger.js';
import { LIMITS } from '../server/graphql/limits.js';

// BENCH_MAX_COST lifts graphql-armor's cost limit for this process only: its cost grows
// exponentially with depth and ignores page sizes, so it refuses the issue's own q2
// (50 × 10 × 10, cost ≈ 1.6 M against 20,000). The report says when this was used.
if (process.env.BENCH_MAX_COST) (LIMITS as { maxCost: number }).maxCost = Number(process.env.BENCH_MAX_COST);

const config = loadConfig(process.env);
const logger = createLogger(config.logLevel);
const app = await startApp(config, logger);
let statements = 0;
// BENCH_TRACE=1 prints every statement with its duration (for profiling, not for runs).
const trace = process.env.BENCH_TRACE === '1';
app.database.prisma.$on('query', (event) => {
  statements++;
  if (trace) console.log(`[sql ${event.duration} ms] ${event.query.replace(/\s+/g, ' ').slice(0, 400)}`);
});
process.send?.({ ready: `http://127.0.0.1:${app.port}` });
process.on('message', (message) => {
  if (message === 'stats') process.send?.({ statements });
  if (message === 'stop') {
    app.httpServer.closeAllConnections();
    void app.stop().then(() => process.exit(0));
  }
});
