import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { createTestHub, type TestHub } from '../support/hub.js';
import { startTestApp, post, codes, type TestApp } from '../support/access-app.js';
import { createClientWithKey } from '../support/access-world.js';
import * as f from '../factories/records.js';
import { platformAdmin } from '../factories/viewers.js';
import { createApollo } from '../../server/graphql/apollo.js';
import { buildSchema } from '../../schema/index.js';
import { loadConfig } from '../../server/config.js';
import { createContext } from '../../server/context.js';
import { createLogger } from '../../server/logger.js';
import { LIMITS } from '../../server/graphql/limits.js';
import { sha256 } from '../../server/graphql/persisted-operations.js';
import { print } from 'graphql';
import { persistedText } from '../support/persisted-texts.js';
import { AgreementListDocument } from '../../admin/src/gql/graphql.js';
import { flushAccessLog } from '../../server/access-log/record.js';

/**
 * API protection: abusive documents are refused with a clear error before any resolver runs,
 * which the count of SQL statements proves (0), while a well-formed twin of each does reach
 * the database (so the counter can fail).
 */
let hub: TestHub;
let statements = 0;
const admin = platformAdmin();

beforeAll(async () => {
  hub = await createTestHub();
  countStatements(hub.prisma, () => void (statements += 1));
  const insurer = await f.createInsurer(hub.prisma);
  const provider = await f.createProvider(hub.prisma, { insurerId: insurer.id });
  await f.createAgreement(hub.prisma, { insurerId: insurer.id, providerId: provider.id });
});
afterAll(async () => {
  await hub?.close();
});

/** Every SQL statement Prisma sends (the client always emits query events; see prisma-client.ts). */
function countStatements(prisma: unknown, onStatement: (sql: string) => void): void {
  (prisma as { $on(event: 'query', cb: (e: { query: string }) => void): void }).$on('query', (e) => onStatement(e.query));
}

/**
 * Starts a count from zero once the previous operation's access-log rows are written: they are
 * queued when its answer leaves and written up to ACCESS_LOG_FLUSH_MS later (writer.ts), which
 * under load fell inside the next operation's count (a refused query "sent" the INSERT).
 */
async function resetCount(): Promise<void> {
  await flushAccessLog();
  statements = 0;
}

async function counted(query: string, variables: Record<string, unknown> = {}) {
  await resetCount();
  const result = await hub.exec(query, variables, admin);
  return { result, statements, codes: (result.errors ?? []).map((e) => e.extensions?.code), message: result.errors?.[0]?.message ?? '' };
}

/** `agreements → insurer → agreements → …` nested n levels (each level adds 4 to the depth). */
function nested(levels: number): string {
  let inner = 'number';
  for (let i = 0; i < levels; i++) inner = `number insurer { agreements(first: 1) { edges { node { ${inner} } } } }`;
  return `query Deep { agreements(first: 1) { edges { node { ${inner} } } } }`;
}

describe('validation limits (before the database)', () => {
  it('runs a moderately nested query (the control: it does reach the database)', async () => {
    const r = await counted(nested(1));
    expect(r.result.errors).toBeUndefined();
    expect(r.statements).toBeGreaterThan(0);
  });

  it('refuses a too-deep query', async () => {
    const r = await counted(nested(4));
    expect(r.codes[0]).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(r.message).toMatch(new RegExp(`depth limit of ${LIMITS.maxDepth} exceeded`, 'i'));
    expect(r.statements).toBe(0);
  });

  it('refuses an alias flood', async () => {
    const aliases = Array.from({ length: LIMITS.maxAliases + 10 }, (_, i) => `n${i}: number`).join(' ');
    const r = await counted(`query Flood { agreements(first: 1) { edges { node { ${aliases} } } } }`);
    expect(r.codes[0]).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(r.message).toMatch(/aliases limit of 30 exceeded/i);
    expect(r.statements).toBe(0);
  });

  it('refuses an over-cost query (fan-out: pages of 100 under pages of 100)', async () => {
    const r = await counted(
      `query Costly { agreements(first: 100) { edges { node { number insurer { agreements(first: 100) { edges { node { number status } } } } } } } }`,
    );
    expect(r.codes[0]).toBe('QUERY_TOO_COMPLEX');
    expect(r.message).toMatch(new RegExp(`exceeds the limit of ${LIMITS.maxCost}`));
    expect(r.statements).toBe(0);
    // The same shape with small pages is cheap enough and runs.
    const cheap = await counted(`query Cheap { agreements(first: 5) { edges { node { number insurer { agreements(first: 5) { edges { node { number status } } } } } } } }`);
    expect(cheap.result.errors).toBeUndefined();
  });

  it('refuses more root fields than the limit, even without aliases abuse', async () => {
    const fields = Array.from({ length: LIMITS.maxRootFields + 1 }, (_, i) => `a${i}: agreements(first: 1) { totalCount }`).join(' ');
    const r = await counted(`query Many { ${fields} }`);
    expect(r.codes[0]).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(r.message).toMatch(/Too many root fields: 16, at most 15/);
    expect(r.statements).toBe(0);
  });

  it.each([
    ['a page larger than 100', 101, 'first and last take at most 100 per page', '每页最多 100 条（first、last）'],
    // zod's "Too small: expected number to be >=0" stood beside 格式不正确.
    ['a negative page size', -1, 'first and last must be 0 or more', 'first、last 不能为负数'],
  ])('refuses %s before the database, saying so in zh and en', async (_name, first, en, zh) => {
    const r = await counted(`query Page { agreements(first: ${first}) { totalCount } }`);
    expect(r.result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', messageZh: `输入有误：${zh}` });
    expect(r.message).toContain(en);
    expect(r.statements).toBe(0);
  });

  it('refuses nodes(ids:) with more than a page of ids, before the database; a page of ids runs', async () => {
    const id = (i: number) => encodeGlobalID('Agreement', `01a24b99-6d82-7f4c-8450-${i.toString(16).padStart(12, '0')}`);
    const query = `query Many($ids: [ID!]!) { nodes(ids: $ids) { id } }`;
    const tooMany = await counted(query, { ids: Array.from({ length: 101 }, (_, i) => id(i)) });
    expect(tooMany.codes).toEqual(['BAD_USER_INPUT']);
    expect(tooMany.message).toMatch(/at most 100 ids/);
    expect(tooMany.statements).toBe(0);
    const page = await counted(query, { ids: Array.from({ length: 100 }, (_, i) => id(i)) });
    expect(page.result.errors).toBeUndefined();
    expect(page.statements).toBeGreaterThan(0);
  });

  it('refuses a document with too many tokens', async () => {
    const fields = Array.from({ length: LIMITS.maxTokens + 100 }, () => '__typename').join(' ');
    const r = await counted(`query Tokens { ${fields} }`);
    expect(r.codes[0]).toBe('GRAPHQL_PARSE_FAILED');
    expect(r.message).toMatch(/more that 4000 tokens/);
    expect(r.statements).toBe(0);
  });
});

describe('production settings', () => {
  const logger = createLogger('silent');
  const exec = async (
    config: ReturnType<typeof loadConfig>,
    request: { query?: string; variables?: Record<string, unknown>; extensions?: Record<string, unknown> },
  ) => {
    const apollo = createApollo({ schema: buildSchema(), config });
    await apollo.start();
    try {
      await resetCount();
      const response = await apollo.executeOperation(request as { query: string }, {
        contextValue: createContext({ viewer: admin, requestId: 'limits', logger }),
      });
      if (response.body.kind !== 'single') throw new Error('unexpected incremental response');
      return { status: response.http.status, result: response.body.singleResult, statements };
    } finally {
      await apollo.stop();
    }
  };

  it('turns introspection off in production', async () => {
    const r = await exec(loadConfig({ NODE_ENV: 'production' }), { query: '{ __schema { types { name } } }' });
    expect(r.result.errors?.[0]?.message).toMatch(/introspection/i);
    expect(r.statements).toBe(0);
  });

  it('runs only persisted operations in allow-list mode, by text or by hash', async () => {
    const allowed = 'query Count { agreements(first: 1) { totalCount } }';
    const dir = await mkdtemp(path.join(tmpdir(), 'persisted-'));
    const manifest = path.join(dir, 'persisted.json');
    await writeFile(manifest, JSON.stringify({ [sha256(allowed)]: allowed }));
    const config = loadConfig({ NODE_ENV: 'production', PERSISTED_OPERATIONS: 'allow-list', PERSISTED_OPERATIONS_MANIFEST: manifest });
    try {
      const byText = await exec(config, { query: allowed });
      expect(byText.result.errors).toBeUndefined();
      expect(byText.result.data).toEqual({ agreements: { totalCount: 1 } });
      const byHash = await exec(config, { extensions: { persistedQuery: { version: 1, sha256Hash: sha256(allowed) } } });
      expect(byHash.result.data).toEqual({ agreements: { totalCount: 1 } });

      const other = 'query Other { agreements(first: 2) { totalCount } }';
      const refused = await exec(config, { query: other });
      expect(refused.status).toBe(400);
      expect(refused.result.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_ALLOWED');
      expect(refused.statements).toBe(0);
      // Registering a new document the APQ way does not work either.
      const register = await exec(config, { query: other, extensions: { persistedQuery: { version: 1, sha256Hash: sha256(other) } } });
      expect(register.result.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_ALLOWED');
      const again = await exec(config, { extensions: { persistedQuery: { version: 1, sha256Hash: sha256(other) } } });
      expect(again.result.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('runs the console operations from the committed manifest, and nothing else', async () => {
    // The default manifest (schema/persisted-operations.json, written by `npm run codegen`).
    const config = loadConfig({ NODE_ENV: 'production', PERSISTED_OPERATIONS: 'allow-list' });
    const sent: [string, Record<string, unknown>][] = [
      ['AdminViewer', {}],
      ['AgreementList', { first: 5, after: null, filter: {}, orderBy: null }],
      // The cursor walk the data provider derives for page jumps is allow-listed too.
      ['AgreementListCursors', { first: 5, after: null, filter: {}, orderBy: null }],
      ['ApiClientList', { first: 5 }],
    ];
    for (const [name, variables] of sent) {
      const query = persistedText(name);
      expect(query, name).toBeDefined();
      const r = await exec(config, { query, variables });
      expect(r.result.errors, name).toBeUndefined();
    }
    const byHash = await exec(config, {
      variables: { first: 5 },
      extensions: { persistedQuery: { version: 1, sha256Hash: sha256(persistedText('AgreementList')!) } },
    });
    expect((byHash.result.data as { agreements: { totalCount: number } }).agreements.totalCount).toBe(1);

    // The same operation as Apollo Client would print it (other whitespace and order): refused.
    const reprinted = await exec(config, { query: print(AgreementListDocument), variables: { first: 5 } });
    expect(reprinted.status).toBe(400);
    expect(reprinted.result.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_ALLOWED');
    const arbitrary = await exec(config, { query: '{ agreements(first: 100) { edges { node { number } } } }' });
    expect(arbitrary.result.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_ALLOWED');
    expect(arbitrary.statements).toBe(0);
  });

  it('refuses to start allow-list mode with a manifest whose hash does not match its document', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'persisted-'));
    const manifest = path.join(dir, 'persisted.json');
    await writeFile(manifest, JSON.stringify({ [sha256('query A { viewer { name } }')]: 'query B { viewer { role } }' }));
    try {
      expect(() =>
        createApollo({ schema: buildSchema(), config: loadConfig({ PERSISTED_OPERATIONS: 'allow-list', PERSISTED_OPERATIONS_MANIFEST: manifest }) }),
      ).toThrow(/does not match/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

/**
 * The real hub's own polls run whatever requests do: the audit stream's pump reads AuditEvent
 * every AUDIT_POLL_MS and the webhook dispatcher asks for an active WebhookEndpoint every
 * second. Under load a request spanned one of them and "sent" its statements (counted 2).
 */
const HUB_POLL = /FROM "(public"\.")?(AuditEvent|WebhookEndpoint)"/;

describe('HTTP edge: body size, rate limit, CORS', () => {
  let app: TestApp;
  let httpStatements: string[] = [];
  beforeAll(async () => {
    app = await startTestApp({ RATE_LIMIT_PER_MINUTE: '5', MAX_BODY_BYTES: '20000', CORS_ORIGINS: 'https://admin.example.org' });
    countStatements(app.prisma, (sql) => void (HUB_POLL.test(sql) || httpStatements.push(sql)));
  });
  afterAll(async () => {
    await app?.close();
  });

  it('answers an over-large body with 413 and a GraphQL-shaped error, before the database', async () => {
    const { secret } = await createClientWithKey(app.prisma, { role: 'INTEGRATOR', insurerId: (await f.createInsurer(app.prisma)).id });
    await flushAccessLog();
    httpStatements = [];
    const res = await fetch(app.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
      body: JSON.stringify({ query: '{ viewer { name } }', variables: { pad: 'x'.repeat(30_000) } }),
    });
    expect(res.status).toBe(413);
    const body = (await res.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0]!.extensions.code).toBe('PAYLOAD_TOO_LARGE');
    expect(body.errors[0]!.message).toMatch(/larger than 20000 bytes/);
    expect(httpStatements).toEqual([]);
  });

  it('limits each credential to its budget per minute (429 with Retry-After), independently of others', async () => {
    const insurer = await f.createInsurer(app.prisma);
    const one = await createClientWithKey(app.prisma, { role: 'INTEGRATOR', insurerId: insurer.id });
    const two = await createClientWithKey(app.prisma, { role: 'INTEGRATOR', insurerId: insurer.id });
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await post(app, '{ viewer { name } }', {}, { authorization: `Bearer ${one.secret}` })).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
    const limited = await post(app, '{ viewer { name } }', {}, { authorization: `Bearer ${one.secret}` });
    expect(codes(limited)).toEqual(['RATE_LIMITED']);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await post(app, '{ viewer { name } }', {}, { authorization: `Bearer ${two.secret}` })).status).toBe(200);
  });

  it('allows only the configured CORS origins, with credentials', async () => {
    const preflight = (origin: string) =>
      fetch(app.graphqlUrl, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,x-csrf-token' },
      });
    const ok = await preflight('https://admin.example.org');
    expect(ok.headers.get('access-control-allow-origin')).toBe('https://admin.example.org');
    expect(ok.headers.get('access-control-allow-credentials')).toBe('true');
    const evil = await preflight('https://evil.example.com');
    expect(evil.headers.get('access-control-allow-origin')).toBeNull();
  });
});
