import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { serverAudits } from 'graphql-http';
import { startApp, type App } from '../../server/app.js';
import { loadConfig } from '../../server/config.js';
import { createLogger } from '../../server/logger.js';
import { createClientWithKey } from '../support/access-world.js';
import * as f from '../factories/records.js';
import { check } from '../support/graphql-http-audits.js';

/**
 * graphql-http's audits against the hub configured as in production (NODE_ENV=production:
 * introspection off, the rate limit on), with an integrator's API key. The audits that look
 * types up by introspection are refused as validation failures ("introspection has been
 * disabled"; INTROSPECTING in ../support/graphql-http-audits.ts); every other one passes, as
 * under test settings (graphql-over-http.test.ts).
 */
let dataDir: string;
let app: App;
let key: string;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'hub-spec-prod-'));
  app = await startApp(
    loadConfig({ NODE_ENV: 'production', PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, SEED_DEMO: 'false', LOG_LEVEL: 'silent' }),
    createLogger('silent'),
  );
  const insurer = await f.createInsurer(app.database.prisma);
  key = (await createClientWithKey(app.database.prisma, { role: 'INTEGRATOR', insurerId: insurer.id })).secret;
});

afterAll(async () => {
  await app?.stop();
  await rm(dataDir, { recursive: true, force: true });
});

describe('GraphQL over HTTP audits, production settings, with an API key', () => {
  const fetchFn = (input: RequestInfo | URL, init: RequestInit = {}) => {
    const headers = new Headers(init.headers);
    headers.set('authorization', `Bearer ${key}`);
    return fetch(input, { ...init, headers });
  };
  for (const audit of serverAudits({ url: () => `${app.url}/graphql`, fetchFn })) {
    it(`${audit.id} ${audit.name}`, async () => check(await audit.fn(), audit.id, { introspection: false }));
  }
});
