import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import pg from 'pg';
import { inject } from 'vitest';
import { startApp, type App } from '../../server/app.js';
import { loadConfig } from '../../server/config.js';
import { createLogger } from '../../server/logger.js';
import { withDatabase } from './global-postgres.js';

export interface TestApp {
  app: App;
  url: string;
  graphqlUrl: string;
  wsUrl: string;
  prisma: App['database']['prisma'];
  /** A superuser connection string to the same database (PostgreSQL only), for tests that must break it. */
  superuserUrl?: string;
  /** Every log line the hub wrote so far (JSON, one per line). */
  logs(): string;
  close(): Promise<void>;
}

/**
 * The real hub (`startApp`: HTTP, WebSocket, limits, cookies) on a free loopback port over a
 * fresh database: embedded under a temporary data dir (TEST_DB=embedded) or a PostgreSQL
 * database copied from the run's migrated template (postgres and subscriptions projects).
 */
export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const cleanups: (() => Promise<void>)[] = [];
  const dbEnv: Record<string, string> = {};
  let superuserDbUrl: string | undefined;
  if (process.env.TEST_DB === 'embedded') {
    const dir = await mkdtemp(path.join(tmpdir(), 'hub-access-'));
    dbEnv.DATA_DIR = dir;
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
  } else {
    const { url, superuserUrl, templateDb } = inject('postgres');
    const name = `a_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: superuserUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${templateDb} OWNER agreement_hub`);
    await admin.end();
    dbEnv.DATABASE_URL = withDatabase(url, name);
    superuserDbUrl = withDatabase(superuserUrl, name);
  }
  const config = loadConfig({ NODE_ENV: 'test', HOST: '127.0.0.1', PORT: '0', SEED_DEMO: 'false', LOG_LEVEL: 'debug', ...dbEnv, ...env });
  let lines = '';
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      lines += chunk.toString();
      done();
    },
  });
  const app = await startApp(config, createLogger(config.logLevel, sink));
  const url = `http://127.0.0.1:${app.port}`;
  return {
    app,
    url,
    graphqlUrl: `${url}/graphql`,
    wsUrl: `ws://127.0.0.1:${app.port}/graphql`,
    prisma: app.database.prisma,
    ...(superuserDbUrl ? { superuserUrl: superuserDbUrl } : {}),
    logs: () => lines,
    async close() {
      await app.stop();
      for (const cleanup of cleanups) await cleanup();
    },
  };
}

export interface GqlResponse<T = Record<string, unknown>> {
  status: number;
  body: { data?: T | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };
  headers: Headers;
  setCookies: string[];
}

/** POSTs one operation; `headers` carry the credential under test. */
export async function post<T = Record<string, unknown>>(
  app: TestApp,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<GqlResponse<T>> {
  const res = await fetch(app.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, body: (await res.json()) as GqlResponse<T>['body'], headers: res.headers, setCookies: res.headers.getSetCookie() };
}

export function codes(response: { body: GqlResponse['body'] }): unknown[] {
  return (response.body.errors ?? []).map((e) => e.extensions?.code);
}
