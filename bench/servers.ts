/**
 * The servers under load, each forked as its own Node process so that none shares an event
 * loop with the load generator: the hub (hub-server.ts), PostGraphile (postgraphile-server.ts)
 * and the hand-written SQL limit (sql-server.ts). Each counts the SQL statements it sends; `statements()` asks.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { HUB_NODE_FLAGS } from '../scripts/node-flags.mjs';

export interface ForkedServer {
  url: string;
  /** The server process (its CPU and RSS are read from /proc). */
  pid: number;
  statements(): Promise<number>;
  stop(): Promise<void>;
}

export async function forkServer(file: string, env: NodeJS.ProcessEnv): Promise<ForkedServer> {
  const child = fork(fileURLToPath(new URL(file, import.meta.url)), [], {
    // BENCH_CPU_PROF=<dir> writes a V8 CPU profile of each server when it stops (profiling).
    execArgv: [...HUB_NODE_FLAGS, '--import', 'tsx', ...(process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [])],
    env: { ...process.env, ...env },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    const onExit = (code: number | null) => reject(new Error(`${file} exited (${code}) before it was ready`));
    child.once('exit', onExit);
    child.once('message', (message: { ready?: string }) => {
      child.off('exit', onExit);
      if (message.ready) resolve(message.ready);
    });
  });
  return {
    url,
    pid: child.pid!,
    statements: () => ask(child),
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        child.once('exit', () => {
          clearTimeout(timer);
          resolve();
        });
        child.send('stop');
      }),
  };
}

function ask(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => {
    child.once('message', (message: { statements: number }) => resolve(message.statements));
    child.send('stats');
  });
}

/**
 * The hub as both read benchmarks run it: production mode, quiet log, no demo data, and a
 * per-credential rate limit high enough that it never answers 429 (it still runs). `file` may
 * be another tree's hub-server.ts (bench/hub-ab.ts, before/after in one run).
 */
export function forkHub(databaseUrl: string, file = './hub-server.ts'): Promise<ForkedServer> {
  return forkServer(file, {
    DATABASE_URL: databaseUrl, DATABASE_POOL_SIZE: '10', PORT: '0', HOST: '127.0.0.1', NODE_ENV: 'production',
    LOG_LEVEL: 'warn', SEED_DEMO: 'false', RATE_LIMIT_PER_MINUTE: '100000000',
  });
}
