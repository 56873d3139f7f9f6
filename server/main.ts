import { ConfigError, loadConfig, type Config } from './config.js';
import { createLogger } from './logger.js';
import { startApp } from './app.js';
import { StartupError, describeFailure } from './startup-error.js';
import { HTTP_DRAIN_GRACE_MS } from './graphql/apollo.js';
import { JOB_STOP_GRACE_MS } from './jobs/queue.js';

/** The drain, then the jobs' grace, then a moment to close the database. */
const SHUTDOWN_DEADLINE_MS = HTTP_DRAIN_GRACE_MS + JOB_STOP_GRACE_MS + 2_000;

/**
 * Entry point. Operator mistakes (configuration, database, port) end with one clear line on
 * stderr and exit code 1; SIGINT/SIGTERM stop gracefully.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const app = await startApp(config, logger);
  process.stdout.write(`${readyLine(config, app.url)}\n`);

  let signalled = false;
  const shutdown = (signal: string) => {
    if (signalled) return;
    signalled = true;
    logger.info({ signal }, 'shutting down');
    // A stuck drain must not keep the process alive forever. The deadline leaves room for the
    // HTTP drain and the job queue's grace one after the other, so running jobs are handed back
    // (server/jobs/queue.ts) before it strikes.
    setTimeout(() => process.exit(1), SHUTDOWN_DEADLINE_MS).unref();
    app.stop().then(
      () => {
        // The last line after Ctrl-C: the database is closed and the data directory released.
        logger.info('hub stopped');
        process.exit(0);
      },
      () => process.exit(1),
    );
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
}

/** The one plain line a newcomer looks for after `npm start` (the JSON log lines are for machines). */
export function readyLine(config: Config, url: string): string {
  const demo = config.seedDemo ? ' (demo login: mas-admin / demo-password)' : '';
  const ide = config.introspection ? ` · GraphiQL ${url}/graphiql` : '';
  return `agreement-hub ready: console ${url}/admin/${demo} · GraphQL ${url}/graphql${ide}`;
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof StartupError) {
    process.stderr.write(`agreement-hub: ${error.message}\n`);
  } else {
    // One line for the operator; the stack only when asked for (a bug report).
    process.stderr.write(`agreement-hub: failed to start: ${describeFailure(error)} / 启动失败（原因见前面的英文；LOG_LEVEL=debug 显示调用栈）\n`);
    if (process.env.LOG_LEVEL === 'debug' || process.env.LOG_LEVEL === 'trace') console.error(error);
  }
  process.exit(1);
});
