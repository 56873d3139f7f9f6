import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect } from 'vitest';
import { startApp, type App } from '../../server/app.js';
import { loadConfig } from '../../server/config.js';
import { createLogger } from '../../server/logger.js';
import { createClientWithKey } from './access-world.js';
import * as f from '../factories/records.js';

/**
 * The real hub on the embedded database (test settings unless `env` says otherwise, one
 * allowed CORS origin, a 20 kB body limit) and an integrator's API key, for the
 * GraphQL-over-HTTP audits and probes (test/entry/graphql-over-http*.test.ts): registers its
 * own beforeAll/afterAll.
 */
export const ORIGIN = 'https://partner.example';
export const GR = 'application/graphql-response+json';

export interface Answer {
  status: number;
  type: string | null;
  headers: Headers;
  text: string;
  body: { data?: unknown; errors?: { message: string; path?: unknown; locations?: unknown; extensions?: Record<string, unknown> }[] };
}

export interface CallInit {
  method?: string;
  search?: Record<string, string>;
  /** The query string as it is, for what `search` cannot say (a parameter given twice). */
  rawSearch?: string;
  headers?: Record<string, string>;
  body?: BodyInit;
  auth?: boolean;
}

export function httpProbe(env: Record<string, string> = {}) {
  let dataDir: string;
  let app: App;
  let key: string;

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'hub-probe-'));
    app = await startApp(
      loadConfig({ NODE_ENV: 'test', PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, SEED_DEMO: 'false', LOG_LEVEL: 'silent', CORS_ORIGINS: ORIGIN, MAX_BODY_BYTES: '20000', ...env }),
      createLogger('silent'),
    );
    const insurer = await f.createInsurer(app.database.prisma);
    key = (await createClientWithKey(app.database.prisma, { role: 'INTEGRATOR', insurerId: insurer.id })).secret;
  });

  afterAll(async () => {
    await app?.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  async function call(init: CallInit = {}): Promise<Answer> {
    const url = new URL(`${app.url}/graphql`);
    if (init.rawSearch !== undefined) url.search = init.rawSearch;
    for (const [name, value] of Object.entries(init.search ?? {})) url.searchParams.set(name, value);
    const headers: Record<string, string> = { ...(init.auth === false ? {} : { authorization: `Bearer ${key}` }), ...init.headers };
    const res = await fetch(url, { method: init.method ?? 'POST', headers, ...(init.body !== undefined ? { body: init.body } : {}) });
    const text = await res.text();
    // No answer ever carries a stack trace or a source path.
    expect(text).not.toMatch(/stacktrace|\bat .+\.(ts|js):\d+|node_modules/);
    return { status: res.status, type: res.headers.get('content-type'), headers: res.headers, text, body: text ? (JSON.parse(text) as Answer['body']) : {} };
  }

  const post = (body: unknown, accept: string | null = GR, extra: Record<string, string> = {}) =>
    call({ headers: { 'content-type': 'application/json', ...(accept === null ? {} : { accept }), ...extra }, body: JSON.stringify(body) });

  return { call, post, url: () => app.url, key: () => key, prisma: () => app.database.prisma };
}

export const codes = (a: Answer) => (a.body.errors ?? []).map((e) => e.extensions?.code);
