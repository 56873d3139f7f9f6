import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect } from 'vitest';
import { startApp, type App } from '../../server/app.js';
import { loadConfig } from '../../server/config.js';
import { createLogger } from '../../server/logger.js';
import { createClientWithKey } from '../support/access-world.js';
import * as f from '../factories/records.js';

/**
 * The real HTTP stack the GraphQL-over-HTTP probe files call with an integrator's API key
 * (graphql-over-http-probes, -requests and -methods-cors): an embedded hub that allows ORIGIN
 * and bodies up to 20,000 bytes. `useProbeApp()` registers the hooks that fill `p`.
 */
export const ORIGIN = 'https://partner.example';
export const GR = 'application/graphql-response+json';
export const p = {} as { app: App; key: string };

export function useProbeApp(): void {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'hub-probe-'));
    p.app = await startApp(
      loadConfig({ NODE_ENV: 'test', PORT: '0', DATA_DIR: dataDir, SEED_DEMO: 'false', LOG_LEVEL: 'silent', CORS_ORIGINS: ORIGIN, MAX_BODY_BYTES: '20000' }),
      createLogger('silent'),
    );
    const insurer = await f.createInsurer(p.app.database.prisma);
    p.key = (await createClientWithKey(p.app.database.prisma, { role: 'INTEGRATOR', insurerId: insurer.id })).secret;
  });
  afterAll(async () => {
    await p.app?.stop();
    await rm(dataDir, { recursive: true, force: true });
  });
}


export interface Answer {
  status: number;
  type: string | null;
  headers: Headers;
  body: { data?: unknown; errors?: { message: string; path?: unknown; locations?: unknown; extensions?: Record<string, unknown> }[] };
}

export async function call(init: { method?: string; search?: Record<string, string>; headers?: Record<string, string>; body?: BodyInit; auth?: boolean } = {}): Promise<Answer> {
  const url = new URL(`${p.app.url}/graphql`);
  for (const [name, value] of Object.entries(init.search ?? {})) url.searchParams.set(name, value);
  const headers: Record<string, string> = { ...(init.auth === false ? {} : { authorization: `Bearer ${p.key}` }), ...init.headers };
  const res = await fetch(url, { method: init.method ?? 'POST', headers, ...(init.body !== undefined ? { body: init.body } : {}) });
  const text = await res.text();
  // No answer ever carries a stack trace or a source path.
  expect(text).not.toMatch(/stacktrace|\bat .+\.(ts|js):\d+|node_modules/);
  return { status: res.status, type: res.headers.get('content-type'), headers: res.headers, body: text ? (JSON.parse(text) as Answer['body']) : {} };
}

export const post = (body: unknown, accept: string | null = GR, extra: Record<string, string> = {}) =>
  call({ headers: { 'content-type': 'application/json', ...(accept === null ? {} : { accept }), ...extra }, body: JSON.stringify(body) });
export const codes = (a: Answer) => (a.body.errors ?? []).map((e) => e.extensions?.code);
