import { HUB_NODE_FLAGS } from '../node-flags.mjs';
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { createInterface } from 'node:readline';
import { startPostgres, type PostgresServer } from '../postgres.mjs';
import { applyMigrations } from '../../server/db/migration-engine.js';
import { assertHaproxyInstalled, startHaproxy, type Balancer } from './haproxy.js';

export interface Replica {
  name: string;
  port: number;
  pid: number;
  child: ChildProcess;
  /** CPU seconds (user + system) this replica has used so far (from /proc). */
  cpuSeconds(): number;
  kill(signal?: NodeJS.Signals): Promise<void>;
}

export interface Cluster {
  /** The load balancer's URL: what clients use. */
  url: string;
  databaseUrl: string;
  /** The throwaway PostgreSQL, when the cluster started one (no DATABASE_URL). */
  postgres: PostgresServer | null;
  replicas: Replica[];
  balancer: Balancer;
  /** Follow every replica's log lines after start (pino JSON); returns an unsubscribe. */
  onLog(listener: (replica: string, line: string) => void): () => void;
  stop(): Promise<void>;
}

export interface ClusterOptions {
  replicas?: number;
  /** Load balancer port; 0 picks a free one. */
  port?: number;
  databaseUrl?: string;
  /** Extra environment for every replica (e.g. RATE_LIMIT_PER_MINUTE). */
  env?: Record<string, string>;
  /** Pipe replica logs here (default: dropped after start). */
  onLog?: (replica: string, line: string) => void;
  /** Says what is being started (a cold start takes a minute or more). */
  onProgress?: (line: string) => void;
}

/** Refuses a port something already listens on (any address: a hub on `::` holds 127.0.0.1 too). */
export function assertPortFree(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE'
          ? new Error(`port ${port} is already in use (give another with --port N) / 端口 ${port} 已被占用（请用 --port N 指定其他端口）`)
          : error,
      ),
    );
    server.listen(port, '127.0.0.1', () => server.close(() => resolve()));
  });
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** CPU seconds of a process from /proc (Linux): utime + stime in clock ticks of 1/100 s. */
export function processCpuSeconds(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
}

/**
 * N hub processes on one PostgreSQL behind HAProxy, all on loopback. Migrations are applied
 * once before the replicas start (each would otherwise race to apply them).
 */
export async function startCluster(options: ClusterOptions = {}): Promise<Cluster> {
  const count = options.replicas ?? 3;
  const progress = options.onProgress ?? (() => {});
  // Checked before a minute of PostgreSQL and replicas: a balancer port already taken (by
  // `npm start` on 4000, say) failed only at the end — or passed, when what held the port
  // answered /healthz itself, and the cluster announced a URL that was not its own.
  assertHaproxyInstalled();
  if (options.port) await assertPortFree(options.port);
  if (!options.databaseUrl) progress('starting a throwaway PostgreSQL…');
  const postgres = options.databaseUrl ? null : await startPostgres();
  const databaseUrl = options.databaseUrl ?? postgres!.url;
  const replicas: Replica[] = [];
  const listeners = new Set<(replica: string, line: string) => void>();
  const withLogs: ClusterOptions = {
    ...options,
    onLog: (replica, line) => {
      options.onLog?.(replica, line);
      for (const listener of listeners) listener(replica, line);
    },
  };
  try {
    progress('applying migrations…');
    await applyMigrations({ target: { url: databaseUrl } });
    for (let i = 1; i <= count; i += 1) {
      const seeds = i === 1 && options.env?.SEED_DEMO === 'true';
      progress(`starting replica r${i} of ${count}${seeds ? ' (it seeds the demo data: about a minute)' : ''}…`);
      replicas.push(await startReplica(`r${i}`, databaseUrl, withLogs));
    }
    const balancer = await startHaproxy(options.port || (await freePort()), replicas);
    return {
      url: `http://127.0.0.1:${balancer.port}`,
      databaseUrl,
      postgres,
      replicas,
      balancer,
      onLog(listener) {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
      async stop() {
        await balancer.stop();
        await Promise.all(replicas.map((r) => r.kill('SIGTERM')));
        postgres?.stop();
      },
    };
  } catch (error) {
    await Promise.all(replicas.map((r) => r.kill('SIGKILL')));
    postgres?.stop();
    throw error;
  }
}

export function startReplica(name: string, databaseUrl: string, options: ClusterOptions): Promise<Replica> {
  // The flags `npm start` runs the hub with (node-flags.mjs): a replica is a production hub.
  const child = spawn(process.execPath, [...HUB_NODE_FLAGS, '--import', 'tsx', 'server/main.ts'], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: databaseUrl,
      HOST: '127.0.0.1',
      PORT: '0',
      SEED_DEMO: 'false',
      LOG_LEVEL: 'info',
      DATABASE_POOL_SIZE: '8',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`replica ${name} did not start: ${stderr}`)), 180_000);
    child.once('exit', (code) => reject(new Error(`replica ${name} exited with ${code}: ${stderr}`)));
    let started = false;
    createInterface({ input: child.stdout! }).on('line', (line) => {
      if (started) return options.onLog?.(name, line);
      if (!line.includes('hub started')) return;
      started = true;
      clearTimeout(timer);
      resolve({
        name,
        port: Number(new URL((JSON.parse(line) as { url: string }).url).port),
        pid: child.pid!,
        child,
        cpuSeconds: () => processCpuSeconds(child.pid!),
        async kill(signal = 'SIGTERM') {
          if (child.exitCode === null && child.signalCode === null) child.kill(signal);
          await exited;
        },
      });
    });
  });
}
