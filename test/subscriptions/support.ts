import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createInterface } from 'node:readline';
import pg from 'pg';
import WebSocket from 'ws';
import { createClient, type Client } from 'graphql-ws';
import { inject } from 'vitest';
import { withDatabase } from '../support/global-postgres.js';
import { createPostgresAdapterFactory } from '../../server/db/postgres.js';
import { createPrismaClient } from '../../server/db/prisma-client.js';
import type { PrismaClient } from '../../server/db/generated/prisma/client.js';
import type { Role } from '../../server/db/generated/prisma/enums.js';
import { generateApiKey } from '../../server/auth/api-key.js';
import { loadConfig, type Config } from '../../server/config.js';
import { createInsurer } from '../factories/records.js';

/**
 * Real sockets against real servers: a fresh PostgreSQL database per test file (copied from
 * the migrated template), API keys written straight into it, servers started in-process
 * (startApp) or as child processes (`node --import tsx server/main.ts`) that can be killed.
 */
export interface FileDatabase {
  url: string;
  superuserUrl: string;
  prisma: PrismaClient;
  /** Another Prisma client with its own pool: more connections for concurrent writers. */
  newClient(poolSize?: number): PrismaClient;
  close(): Promise<void>;
}

export async function createFileDatabase(): Promise<FileDatabase> {
  const { url, superuserUrl, templateDb } = inject('postgres');
  const name = `s_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: superuserUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name} TEMPLATE ${templateDb} OWNER agreement_hub`);
  await admin.end();
  const dbUrl = withDatabase(url, name);
  const clients: PrismaClient[] = [];
  const newClient = (poolSize = 4) => {
    const client = createPrismaClient(createPostgresAdapterFactory(dbUrl, { poolSize }));
    clients.push(client);
    return client;
  };
  return {
    url: dbUrl,
    superuserUrl: withDatabase(superuserUrl, name),
    prisma: newClient(8),
    newClient,
    async close() {
      await Promise.allSettled(clients.map((c) => c.$disconnect()));
    },
  };
}

export function testConfig(databaseUrl: string, env: Record<string, string> = {}): Config {
  return loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl,
    HOST: '127.0.0.1',
    PORT: '0',
    SEED_DEMO: 'false',
    LOG_LEVEL: 'silent',
    AUDIT_HEARTBEAT_MS: '300',
    DATABASE_POOL_SIZE: '8',
    ...env,
  });
}

/** An API client with one key, bound to a tenant; returns the whole key. */
export async function createKey(prisma: PrismaClient, role: Role, tenant: { insurerId?: string; partnerId?: string } = {}) {
  const client = await prisma.apiClient.create({
    data: { name: `test-${role}-${randomBytes(3).toString('hex')}`, role, insurerId: tenant.insurerId ?? null, partnerId: tenant.partnerId ?? null },
  });
  const generated = generateApiKey();
  await prisma.apiKey.create({ data: { apiClientId: client.id, prefix: generated.prefix, keyHash: generated.keyHash } });
  return { key: generated.key, apiClientId: client.id };
}

/** Two insurers, a platform admin's key and an integrator's key bound to A: whole and tenant-bound readers of one log. */
export async function createTwoTenants(prisma: PrismaClient) {
  const insurerA = (await createInsurer(prisma)).id;
  const insurerB = (await createInsurer(prisma)).id;
  const adminKey = (await createKey(prisma, 'PLATFORM_ADMIN')).key;
  const integratorKey = (await createKey(prisma, 'INTEGRATOR', { insurerId: insurerA })).key;
  return { insurerA, insurerB, adminKey, integratorKey };
}

export interface ServerProcess {
  port: number;
  child: ChildProcess;
  kill(signal?: NodeJS.Signals): Promise<void>;
}

/**
 * How long a hub process may take to start: tsx compiles the server and the schema engine
 * checks the migrations, ~10 s on an idle 2-core runner and several times that at load 20.
 * A test that starts one inside its body needs a timeout above this (see audit-processes).
 */
export const SERVER_START_MS = 60_000;

/** A hub in its own process (so a test can SIGKILL it). Resolves once it listens. */
export function startServerProcess(databaseUrl: string, env: Record<string, string> = {}): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: process.cwd(),
    env: {
      ...process.env,
      NODE_ENV: 'test',
      DATABASE_URL: databaseUrl,
      HOST: '127.0.0.1',
      PORT: '0',
      SEED_DEMO: 'false',
      LOG_LEVEL: 'info',
      AUDIT_HEARTBEAT_MS: '300',
      DATABASE_POOL_SIZE: '8',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start: ${stderr}`)), SERVER_START_MS);
    child.once('exit', (code) => reject(new Error(`server exited with ${code}: ${stderr}`)));
    createInterface({ input: child.stdout! }).on('line', (line) => {
      if (!line.includes('hub started')) return;
      clearTimeout(timer);
      const port = Number(new URL((JSON.parse(line) as { url: string }).url).port);
      resolve({
        port,
        child,
        async kill(signal = 'SIGTERM') {
          if (child.exitCode === null && child.signalCode === null) child.kill(signal);
          await exited;
        },
      });
    });
  });
}

export function wsClient(port: number, key: string): Client {
  return createClient({
    url: `ws://127.0.0.1:${port}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${key}` },
    retryAttempts: 0,
    lazy: true,
  });
}

export const STREAM = `subscription($after: String, $types: [String!], $subject: String) {
  auditEvents(after: $after, types: $types, subject: $subject) {
    __typename
    ... on AuditEvent { seq type subject hash }
    ... on AuditHeartbeat { latestSeq }
  } }`;

export interface StreamItem {
  __typename: 'AuditEvent' | 'AuditHeartbeat';
  seq?: string;
  type?: string;
  latestSeq?: string;
}

/**
 * Collects a subscription's events (and the latest heartbeat cursor) until it ends, errors or
 * `stop()` is called. `until(seq)` resolves once an event or heartbeat at or past seq came.
 */
export function collect(client: Client, variables: Record<string, unknown>) {
  const seqs: bigint[] = [];
  const errors: unknown[] = [];
  let heartbeats = 0;
  let latest = 0n;
  let waiters: { seq: bigint; resolve: () => void }[] = [];
  const iterator = client.iterate<{ auditEvents: StreamItem }>({ query: STREAM, variables });
  const notify = () => {
    waiters = waiters.filter((w) => (latest >= w.seq ? (w.resolve(), false) : true));
  };
  const done = (async () => {
    try {
      for await (const result of iterator) {
        if (result.errors) errors.push(result.errors);
        const item = result.data?.auditEvents;
        if (!item) continue;
        if (item.__typename === 'AuditEvent') {
          const seq = BigInt(item.seq!);
          seqs.push(seq);
          if (seq > latest) latest = seq;
        } else {
          heartbeats += 1;
          const seq = BigInt(item.latestSeq!);
          if (seq > latest) latest = seq;
        }
        notify();
      }
    } catch (error) {
      errors.push(error);
    }
  })();
  return {
    seqs,
    errors,
    get heartbeats() {
      return heartbeats;
    },
    get latest() {
      return latest;
    },
    done,
    until(seq: bigint, timeoutMs = 60_000): Promise<void> {
      if (latest >= seq) return Promise.resolve();
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`stream stopped at ${latest}, waiting for ${seq}; errors: ${JSON.stringify(errors)}`)), timeoutMs);
        waiters.push({ seq, resolve: () => (clearTimeout(timer), resolve()) });
      });
    },
    async stop() {
      await iterator.return?.();
      await done;
    },
  };
}

export async function graphql<T>(port: number, key: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data as T;
}

/** Asserts nothing: returns the seqs the database holds for a predicate, for comparisons. */
export async function storedSeqs(prisma: PrismaClient, where: Parameters<PrismaClient['auditEvent']['findMany']>[0] extends infer A ? A extends { where?: infer W } ? W : never : never = {}) {
  return (await prisma.auditEvent.findMany({ where, orderBy: { seq: 'asc' }, select: { seq: true } })).map((r) => r.seq);
}
