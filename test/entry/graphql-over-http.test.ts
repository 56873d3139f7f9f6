import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serverAudits } from 'graphql-http';
import { startApp, type App } from '../../server/app.js';
import { loadConfig } from '../../server/config.js';
import { createLogger } from '../../server/logger.js';

/**
 * The GraphQL-over-HTTP specification's own audit suite (graphql-http), run against the real
 * HTTP stack. MUST and SHOULD audits both have to pass: clients written to the spec must be
 * able to talk to the hub without special cases.
 */
let dataDir: string;
let app: App;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'hub-spec-'));
  app = await startApp(
    loadConfig({ NODE_ENV: 'test', PORT: '0', DATA_DIR: dataDir, SEED_DEMO: 'false', LOG_LEVEL: 'silent' }),
    createLogger('silent'),
  );
});

afterAll(async () => {
  await app?.stop();
  await rm(dataDir, { recursive: true, force: true });
});

describe('GraphQL over HTTP audits', () => {
  for (const audit of serverAudits({ url: () => `${app.url}/graphql`, fetchFn: fetch })) {
    it(`${audit.id} ${audit.name}`, async () => {
      const result = await audit.fn();
      if (result.status !== 'ok') {
        throw new Error(`${result.status}: ${result.reason}\n${JSON.stringify((result as { response?: unknown }).response ?? '')}`);
      }
      expect(result.status).toBe('ok');
    });
  }
});

describe('malformed persisted-query extensions are the request’s fault, not the server’s', () => {
  const shapes: [string, Record<string, unknown>][] = [
    ['a version other than 1', { query: '{ __typename }', extensions: { persistedQuery: { version: 2, sha256Hash: 'abc' } } }],
    ['a string instead of an object', { extensions: { persistedQuery: 'x' } }],
    ['a hash that does not match the text', { query: '{ __typename }', extensions: { persistedQuery: { version: 1, sha256Hash: 'abc' } } }],
  ];
  for (const [name, body] of shapes) {
    it(`answers 400 BAD_REQUEST for ${name}`, async () => {
      const response = await fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
        body: JSON.stringify(body),
      });
      const result = (await response.json()) as { errors: { extensions: { code: string; messageZh?: string } }[] };
      expect(response.status).toBe(400);
      expect(result.errors.map((e) => e.extensions.code)).toEqual(['BAD_REQUEST']);
      expect(result.errors[0]!.extensions.messageZh).toMatch(/^请求格式有误/);
    });
  }
});
