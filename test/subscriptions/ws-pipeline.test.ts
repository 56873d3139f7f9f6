import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import WebSocket from 'ws';
import { createClient, type Client, type ExecutionResult } from 'graphql-ws';
import { startTestApp, post, type TestApp } from '../support/access-app.js';
import { createAccessWorld, createClientWithKey, type AccessWorld } from '../support/access-world.js';
import { flushAccessLog } from '../../server/access-log/record.js';
import { LIMITS } from '../../server/graphql/limits.js';
import { MAX_OPERATIONS_PER_SOCKET } from '../../server/graphql/ws.js';

/**
 * graphql-ws goes through the same operation pipeline as HTTP (server/graphql/pipeline.ts):
 * internal errors are masked and logged with the request id, reads reach the access log,
 * HTTP, WebSocket and the audit export draw from one rate-limit budget per credential, and
 * depth, alias, cost and token limits refuse queries, mutations and subscriptions alike,
 * before the database. (No subscription field returns a list, so a subscription cannot
 * exceed the cost limit; its cost is checked all the same.)
 */
const RATE = 12;
let hub: TestApp;
let world: AccessWorld;
const clients: Client[] = [];

beforeAll(async () => {
  hub = await startTestApp({ RATE_LIMIT_PER_MINUTE: String(RATE) });
  world = await createAccessWorld(hub.prisma);
});
afterAll(async () => {
  await Promise.all(clients.map((c) => c.dispose()));
  await hub?.close();
});

async function newKey() {
  return (await createClientWithKey(hub.prisma, { role: 'INTEGRATOR', insurerId: world.a.insurer.id })).secret;
}

function socket(key: string): Client {
  const client = createClient({ url: hub.wsUrl, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${key}` }, retryAttempts: 0, lazy: true });
  clients.push(client);
  return client;
}

type Outcome = { data?: unknown; errors: { message: string; path?: unknown; extensions?: Record<string, unknown> }[] };

/** One operation over the socket: its first result, or the error message graphql-ws sent instead. */
async function run(client: Client, query: string, variables: Record<string, unknown> = {}): Promise<Outcome> {
  const iterator = client.iterate({ query, variables });
  try {
    const next = await iterator.next();
    const result = next.value as ExecutionResult<unknown, Record<string, unknown>> | undefined;
    return { data: result?.data, errors: (result?.errors ?? []) as unknown as Outcome['errors'] };
  } catch (error) {
    // graphql-ws rejects with the Error message's payload: the formatted errors.
    if (Array.isArray(error)) return { errors: error as Outcome['errors'] };
    throw error;
  } finally {
    await iterator.return?.();
  }
}

const codes = (o: Outcome) => o.errors.map((e) => e.extensions?.code);

describe('errors over the socket are formatted like HTTP', () => {
  it('masks an internal error as INTERNAL_SERVER_ERROR and logs it with the request id', async () => {
    const client = socket(await newKey());
    const admin = new pg.Client({ connectionString: hub.superuserUrl });
    await admin.connect();
    // A database fault the hub cannot foresee: the table behind a root field disappears.
    await admin.query('ALTER TABLE "ViolationType" RENAME TO "ViolationTypeHidden"');
    let outcome: Outcome;
    try {
      outcome = await run(client, `query Broken { violationTypes(first: 1) { totalCount } }`);
    } finally {
      await admin.query('ALTER TABLE "ViolationTypeHidden" RENAME TO "ViolationType"');
      await admin.end();
    }
    expect(codes(outcome)).toEqual(['INTERNAL_SERVER_ERROR']);
    const text = JSON.stringify(outcome);
    expect(text).not.toMatch(/node_modules|prisma|ViolationTypeHidden|relation|\.ts\b/i);
    expect(outcome.errors[0]!.message).toBe('Internal server error');
    expect(outcome.errors[0]!.extensions?.messageZh).toBe('服务器内部错误');
    // The full error is in the log, with the request id of that operation.
    const failed = hub.logs().split('\n').filter((l) => l.includes('"operation failed"') && l.includes('ViolationType'));
    expect(failed.length).toBeGreaterThan(0);
    expect(JSON.parse(failed[0]!).requestId).toMatch(/:/);
  });

  it('answers the issue’s reproduction (a global id decoding to a non-UUID) as BAD_USER_INPUT, no paths leaked', async () => {
    const client = socket(await newKey());
    const id = Buffer.from('Agreement:not-a-uuid').toString('base64');
    const outcome = await run(client, `{ node(id: "${id}") { id } }`);
    expect(codes(outcome)).toEqual(['BAD_USER_INPUT']);
    expect(outcome.errors[0]!.path).toEqual(['node']);
    expect(JSON.stringify(outcome)).not.toMatch(/node_modules|schema-builder|invocation/i);
  });

  it('refuses a NUL byte in a variable over the socket too', async () => {
    const client = socket(await newKey());
    const outcome = await run(client, `query ($s: String) { providers(filter: { search: $s }) { totalCount } }`, { s: 'abc\u0000def' });
    expect(codes(outcome)).toEqual(['BAD_USER_INPUT']);
    expect(outcome.errors[0]!.extensions?.fields).toMatchObject([{ path: ['s'], message: expect.any(String) }]);
  });
});

describe('access and request logs', () => {
  it('records the reads of a query sent over the socket, with its request id', async () => {
    const { client: apiClient, secret } = await createClientWithKey(hub.prisma, { role: 'INTEGRATOR', insurerId: world.a.insurer.id });
    const outcome = await run(socket(secret), `query SocketRead { agreements(first: 10) { edges { node { id number } } } }`);
    expect(outcome.errors).toEqual([]);
    await flushAccessLog();
    const rows = await hub.prisma.accessLogEntry.findMany({ where: { actorId: apiClient.id } });
    expect(rows.flatMap((r) => r.entityIds)).toContain(world.a.agreement.id);
    expect(rows.every((r) => r.operationName === 'SocketRead' && r.role === 'INTEGRATOR')).toBe(true);
    const requestId = rows[0]!.requestId!;
    const line = hub.logs().split('\n').find((l) => l.includes(requestId) && l.includes('"msg":"graphql"'));
    expect(line, 'request-log line for the socket operation').toBeDefined();
    expect(JSON.parse(line!)).toMatchObject({ transport: 'ws', operation: 'query', operationName: 'SocketRead' });
  });
});

describe('one rate-limit budget per credential across transports', () => {
  it('HTTP and WebSocket spend the same budget; the next operation is RATE_LIMITED on either', async () => {
    const key = await newKey();
    const headers = { authorization: `Bearer ${key}` };
    const client = socket(key);
    const half = RATE / 2;
    for (let i = 0; i < half; i++) {
      const res = await post(hub, `{ viewer { role } }`, {}, headers);
      expect(res.body.errors, `http #${i + 1}`).toBeUndefined();
    }
    for (let i = 0; i < RATE - half; i++) {
      expect((await run(client, `{ viewer { role } }`)).errors, `ws #${i + 1}`).toEqual([]);
    }
    const overWs = await run(client, `{ viewer { role } }`);
    expect(codes(overWs)).toEqual(['RATE_LIMITED']);
    expect(overWs.errors[0]!.extensions?.messageZh).toMatch(/请求过于频繁/);
    const overHttp = await post(hub, `{ viewer { role } }`, {}, headers);
    expect(overHttp.status).toBe(429);
    expect(overHttp.body.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    // The audit export draws from the same budget.
    const exported = await fetch(`${hub.url}/audit/export`, { headers });
    expect(exported.status).toBe(429);
    expect(exported.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(((await exported.json()) as { code: string }).code).toBe('RATE_LIMITED');
    // Another credential has its own budget.
    expect((await run(socket(await newKey()), `{ viewer { role } }`)).errors).toEqual([]);
  });
});

describe('limits over the socket, for queries, mutations and subscriptions', () => {
  /** `agreements → insurer → agreements → …` n levels deep under a prefix (each level adds 4). */
  const nested = (levels: number, leaf = 'number') => {
    let inner = leaf;
    for (let i = 0; i < levels; i++) inner = `number insurer { agreements(first: 1) { edges { node { ${inner} } } } }`;
    return `agreements(first: 1) { edges { node { ${inner} } } }`;
  };
  const costly = `agreements(first: 100) { edges { node { number insurer { agreements(first: 100) { edges { node { number } } } } } } }`;
  const MUTATION = (selection: string) => `mutation { updateProvider(input: { id: "x", expectedVersion: 1 }) { provider { ${selection} } } }`;
  const aliases = (n: number) => Array.from({ length: n }, (_, i) => `t${i}: __typename`).join(' ');
  const tokens = Array.from({ length: LIMITS.maxTokens + 10 }, () => '__typename').join(' ');

  const cases: [string, string, string][] = [
    ['query', 'depth', `query { ${nested(5)} }`],
    ['query', 'aliases (__typename)', `query { ${aliases(LIMITS.maxAliases + 1)} }`],
    ['query', 'cost', `query { ${costly} }`],
    ['query', 'tokens', `query { ${tokens} }`],
    ['mutation', 'depth', MUTATION(nested(5))],
    ['mutation', 'aliases (__typename)', `mutation { ${aliases(LIMITS.maxAliases + 1)} }`],
    ['mutation', 'cost', MUTATION(costly)],
    ['mutation', 'tokens', `mutation { ${tokens} }`],
    ['subscription', 'depth', `subscription { auditEvents { ${'... on AuditEvent { '.repeat(LIMITS.maxDepth + 2)}seq${' }'.repeat(LIMITS.maxDepth + 2)} } }`],
    ['subscription', 'aliases (__typename)', `subscription { auditEvents { ${aliases(LIMITS.maxAliases + 1)} } }`],
    ['subscription', 'tokens', `subscription { auditEvents { ${tokens} } }`],
  ];
  const expected: Record<string, string> = {
    depth: 'GRAPHQL_VALIDATION_FAILED',
    'aliases (__typename)': 'GRAPHQL_VALIDATION_FAILED',
    cost: 'QUERY_TOO_COMPLEX',
    tokens: 'GRAPHQL_PARSE_FAILED',
  };

  it.each(cases)('%s: %s limit is refused before the database', async (_type, limit, query) => {
    const client = socket(await newKey());
    const before = await hub.prisma.auditEvent.count();
    const outcome = await run(client, query);
    expect(codes(outcome), JSON.stringify(outcome)).toEqual([expected[limit]]);
    expect(outcome.data ?? null).toBeNull();
    expect(await hub.prisma.auditEvent.count()).toBe(before);
  });
});

describe('a hub configured as in production (introspection off)', () => {
  let off: TestApp;
  let key: string;
  beforeAll(async () => {
    off = await startTestApp({ INTROSPECTION: 'false' });
    const offWorld = await createAccessWorld(off.prisma);
    key = (await createClientWithKey(off.prisma, { role: 'INTEGRATOR', insurerId: offWorld.a.insurer.id })).secret;
  });
  afterAll(async () => {
    await off?.close();
  });

  it('refuses __schema and __type over WebSocket as over HTTP; __typename still answers', async () => {
    const client = createClient({ url: off.wsUrl, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${key}` }, retryAttempts: 0, lazy: true });
    clients.push(client);
    for (const query of ['{ __schema { types { name } } }', '{ __type(name: "Agreement") { fields { name } } }']) {
      const overSocket = await run(client, query);
      expect(overSocket.data).toBeUndefined();
      expect(new Set(codes(overSocket))).toEqual(new Set(['GRAPHQL_VALIDATION_FAILED']));
      expect(overSocket.errors[0]!.message).toMatch(/introspection/i);
      const overHttp = await post(off, query, {}, { authorization: `Bearer ${key}` });
      expect(overHttp.body.data ?? undefined).toBeUndefined();
      expect(overHttp.body.errors?.map((e) => e.message)).toEqual(overSocket.errors.map((e) => e.message));
    }
    expect((await run(client, '{ __typename }')).data).toEqual({ __typename: 'Query' });
  });

  it(`runs at most ${MAX_OPERATIONS_PER_SOCKET} operations at once on one socket; completing one makes room`, async () => {
    const raw = new WebSocket(off.wsUrl, 'graphql-transport-ws');
    const frames: { id?: string; type: string; payload?: unknown }[] = [];
    const arrived = (pred: (f: (typeof frames)[number]) => boolean) =>
      new Promise<(typeof frames)[number]>((resolve) => {
        const found = frames.find(pred);
        if (found) return resolve(found);
        const onMessage = () => {
          const hit = frames.find(pred);
          if (!hit) return;
          raw.off('message', onMessage);
          resolve(hit);
        };
        raw.on('message', onMessage);
      });
    raw.on('message', (data) => frames.push(JSON.parse(String(data)) as (typeof frames)[number]));
    await new Promise((resolve) => raw.once('open', resolve));
    raw.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${key}` } }));
    await arrived((f) => f.type === 'connection_ack');
    const subscribe = (id: string) =>
      raw.send(JSON.stringify({ id, type: 'subscribe', payload: { query: 'subscription { auditEvents(after: "0") { __typename } }' } }));
    for (let i = 0; i < MAX_OPERATIONS_PER_SOCKET; i++) subscribe(`s${i}`);
    // Each live subscription says so with a heartbeat: all of them are running.
    for (let i = 0; i < MAX_OPERATIONS_PER_SOCKET; i++) await arrived((f) => f.id === `s${i}` && f.type === 'next');
    subscribe('one-too-many');
    const refused = await arrived((f) => f.id === 'one-too-many');
    expect(refused.type).toBe('error');
    expect((refused.payload as { extensions: { code: string; messageZh: string } }[])[0]!.extensions).toMatchObject({
      code: 'RATE_LIMITED',
      messageZh: expect.stringMatching(/最多同时运行/),
    });
    raw.send(JSON.stringify({ id: 's0', type: 'complete' }));
    // The completed stream closes asynchronously: try again (a ping round trip apart) until room is made.
    let answer = 'error';
    for (let attempt = 0; attempt < 20 && answer === 'error'; attempt++) {
      raw.send(JSON.stringify({ type: 'ping' }));
      const pongs = frames.filter((f) => f.type === 'pong').length;
      await arrived((f) => f.type === 'pong' && frames.filter((g) => g.type === 'pong').length > pongs);
      subscribe(`after-room-${attempt}`);
      answer = (await arrived((f) => f.id === `after-room-${attempt}`)).type;
    }
    expect(answer).toBe('next');
    raw.close();
  });
});
