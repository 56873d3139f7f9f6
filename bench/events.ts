// npm run bench:events — audit fan-out and append rate, loopback only, bounded in time.
//
// 1. Starts a throwaway PostgreSQL (scripts/postgres.mjs; track_commit_timestamp = on) and one
//    hub server in a child process (so the clients below do not share its event loop).
// 2. Latency: SUBSCRIBERS graphql-ws sockets follow `auditEvents` live; events are appended at
//    RATE/s for SECONDS. Latency per delivery = arrival at the client − the transaction's commit
//    time from pg_xact_commit_timestamp (PostgreSQL's clock, the same host clock), as DESIGN.md
//    advises: commit time seen from Node lags by tens of ms under load.
// 3. Append rate: WRITERS parallel lanes over their own connections append for APPEND_SECONDS.
// Env overrides: BENCH_SUBSCRIBERS, BENCH_RATE, BENCH_SECONDS, BENCH_WRITERS, BENCH_APPEND_SECONDS.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';
import WebSocket from 'ws';
import { createClient, type Client } from 'graphql-ws';
import { startPostgres } from '../scripts/postgres.mjs';
import { applyMigrations } from '../server/db/migration-engine.js';
import { createPostgresAdapterFactory } from '../server/db/postgres.js';
import { createPrismaClient } from '../server/db/prisma-client.js';
import { generateApiKey } from '../server/auth/api-key.js';
import { appendAuditEvent } from '../server/audit/append-event.js';
import { systemViewer } from '../server/auth/viewer.js';
import type { PrismaClient } from '../server/db/generated/prisma/client.js';

const SUBSCRIBERS = Number(process.env.BENCH_SUBSCRIBERS ?? 1000);
const RATE = Number(process.env.BENCH_RATE ?? 20);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const WRITERS = Number(process.env.BENCH_WRITERS ?? 8);
const APPEND_SECONDS = Number(process.env.BENCH_APPEND_SECONDS ?? 5);
const now = () => performance.timeOrigin + performance.now();

function append(prisma: PrismaClient, i: number) {
  return prisma.$transaction((tx) =>
    appendAuditEvent(tx, { type: 'bench.appended', entityType: 'Agreement', entityId: String(i), data: { i }, actor: systemViewer }),
  );
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function startServer(url: string): Promise<{ port: number; stop(): Promise<void> }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: url,
      HOST: '127.0.0.1',
      PORT: '0',
      SEED_DEMO: 'false',
      LOG_LEVEL: 'info',
      RATE_LIMIT_PER_MINUTE: '1000000',
      AUDIT_HEARTBEAT_MS: '5000',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const port = await new Promise<number>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`server exited (${code})`)));
    createInterface({ input: child.stdout! }).on('line', (line) => {
      if (line.includes('hub started')) resolve(Number(new URL((JSON.parse(line) as { url: string }).url).port));
    });
  });
  return {
    port,
    async stop() {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

async function main(): Promise<void> {
  const started = now();
  const pgServer = await startPostgres();
  let server: { port: number; stop(): Promise<void> } | null = null;
  const clients: Client[] = [];
  try {
    await applyMigrations({ target: { url: pgServer.url } });
    const prisma = createPrismaClient(createPostgresAdapterFactory(pgServer.url, { poolSize: WRITERS + 2 }));
    const apiClient = await prisma.apiClient.create({ data: { name: 'bench', role: 'PLATFORM_ADMIN' } });
    const key = generateApiKey();
    await prisma.apiKey.create({ data: { apiClientId: apiClient.id, prefix: key.prefix, keyHash: key.keyHash } });
    server = await startServer(pgServer.url);
    console.log(`PostgreSQL ${pgServer.port}, hub :${server.port}; opening ${SUBSCRIBERS} subscriptions…`);

    // Arrival times per seq, per subscriber; a subscriber counts as ready at its first heartbeat.
    const arrivals: Map<bigint, number>[] = [];
    let ready = 0;
    const opened = now();
    for (let s = 0; s < SUBSCRIBERS; s += 1) {
      const client = createClient({
        url: `ws://127.0.0.1:${server.port}/graphql`,
        webSocketImpl: WebSocket,
        connectionParams: { authorization: `Bearer ${key.key}` },
        retryAttempts: 0,
      });
      clients.push(client);
      const seen = new Map<bigint, number>();
      arrivals.push(seen);
      let first = true;
      client.subscribe<{ auditEvents: { __typename: string; seq?: string } }>(
        { query: 'subscription { auditEvents { __typename ... on AuditEvent { seq } } }' },
        {
          next: (result) => {
            const item = result.data?.auditEvents;
            if (item?.__typename === 'AuditEvent') seen.set(BigInt(item.seq!), now());
            else if (first) {
              first = false;
              ready += 1;
            }
          },
          error: (error) => console.error('subscription error', error),
          complete: () => undefined,
        },
      );
      if (s % 50 === 49) await sleep(5); // do not open a thousand sockets in one burst
    }
    while (ready < SUBSCRIBERS && now() - opened < 60_000) await sleep(50);
    console.log(`${ready}/${SUBSCRIBERS} subscribers live after ${((now() - opened) / 1000).toFixed(1)} s`);

    // Latency phase: a steady RATE/s for SECONDS.
    const total = RATE * SECONDS;
    const t0 = now();
    let firstSeq: bigint | null = null;
    let lastSeq = 0n;
    for (let i = 0; i < total; i += 1) {
      const due = t0 + (i * 1000) / RATE;
      if (due > now()) await sleep(due - now());
      const { seq } = await append(prisma, i);
      firstSeq ??= seq;
      lastSeq = seq;
    }
    const deadline = now() + 15_000;
    const expected = total * SUBSCRIBERS;
    const delivered = () => arrivals.reduce((n, m) => n + m.size, 0);
    while (delivered() < expected && now() < deadline) await sleep(100);
    const commits = await prisma.$queryRaw<{ seq: bigint; ms: number }[]>`
      SELECT "seq", (extract(epoch FROM pg_xact_commit_timestamp(xmin)) * 1000)::float8 AS ms
      FROM "AuditEvent" WHERE "seq" BETWEEN ${firstSeq!} AND ${lastSeq}`;
    const commitAt = new Map(commits.map((c) => [BigInt(c.seq), Number(c.ms)]));
    const latencies: number[] = [];
    for (const seen of arrivals) for (const [seq, at] of seen) latencies.push(at - commitAt.get(seq)!);
    latencies.sort((a, b) => a - b);

    for (const client of clients) await client.dispose();
    clients.length = 0;

    // Append-rate phase: WRITERS lanes, each on its own pooled connection, as fast as they can.
    let appended = 0;
    const a0 = now();
    await Promise.all(
      Array.from({ length: WRITERS }, async (_, lane) => {
        let i = 0;
        while (now() - a0 < APPEND_SECONDS * 1000) {
          await append(prisma, lane * 1_000_000 + i++);
          appended += 1;
        }
      }),
    );
    const appendRate = appended / ((now() - a0) / 1000);
    await prisma.$disconnect();

    console.log('');
    console.log(`Audit fan-out: ${SUBSCRIBERS} graphql-ws subscribers, ${total} events at ${RATE}/s (${SECONDS} s)`);
    console.log(`  deliveries     ${latencies.length} of ${expected} (${((100 * latencies.length) / expected).toFixed(2)} %)`);
    console.log(`  latency p50    ${percentile(latencies, 50).toFixed(1)} ms  (commit → client, pg_xact_commit_timestamp)`);
    console.log(`  latency p99    ${percentile(latencies, 99).toFixed(1)} ms`);
    console.log(`  latency max    ${latencies[latencies.length - 1]!.toFixed(1)} ms`);
    console.log(`Append rate: ${appendRate.toFixed(0)} events/s (${WRITERS} concurrent writers, ${APPEND_SECONDS} s, hash chain + advisory lock)`);
    console.log(`Total bench time ${((now() - started) / 1000).toFixed(1)} s`);
  } finally {
    for (const client of clients) await Promise.resolve(client.dispose()).catch(() => undefined);
    await server?.stop();
    pgServer.stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
