import { mkdtempSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer as createHttpServer, type Server as HttpServer } from 'node:http';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_API_CLIENTS } from '../../prisma/seed/identities.js';
import { startChildHub, runHubToExit, type ChildHub } from '../support/child-hub.js';

/**
 * The README's run command, end to end: the real entry point on a fresh data directory
 * creates, migrates and seeds the embedded database and answers over HTTP.
 */
const integratorKey = DEMO_API_CLIENTS.find((c) => c.role === 'INTEGRATOR')!.apiKey;

describe('the hub started from its entry point on a fresh data directory', () => {
  let dataDir: string;
  let hub: ChildHub;

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'hub-entry-'));
    hub = await startChildHub({ DATA_DIR: dataDir });
  });

  afterAll(async () => {
    if (hub && hub.child.exitCode === null) await hub.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('answers a query for agreements with their provider and insurer', async () => {
    const response = await fetch(`${hub.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${integratorKey}` },
      body: JSON.stringify({
        query: `{ agreements(first: 5) { totalCount edges { node { id number status provider { nameZh } insurer { nameZh } } } } }`,
      }),
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      errors?: unknown;
      data: { agreements: { totalCount: number; edges: { node: { number: string; insurer: { nameZh: string }; provider: { nameZh: string } | null } }[] } };
    };
    expect(body.errors).toBeUndefined();
    expect(body.data.agreements.totalCount).toBeGreaterThan(0);
    const first = body.data.agreements.edges[0]!.node;
    expect(first.insurer.nameZh).toContain('马鞍山');
    expect(body.data.agreements.edges.some((e) => e.node.provider?.nameZh)).toBe(true);
  });

  it('answers a partner on the database it has just created and migrated', async () => {
    // Regression: PGlite learns enum array types when it opens, so the partner's entrustment
    // filter (EntrustedWork[]) failed on a data directory migrated by this very start.
    const partnerKey = DEMO_API_CLIENTS.find((c) => c.key === 'picc')!.apiKey;
    const response = await fetch(`${hub.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${partnerKey}` },
      body: JSON.stringify({ query: '{ agreements(first: 5) { totalCount edges { node { number partner { nameZh } } } } }' }),
    });
    const body = (await response.json()) as { errors?: unknown; data: { agreements: { totalCount: number } } };
    expect(body.errors).toBeUndefined();
    expect(body.data.agreements.totalCount).toBeGreaterThan(0);
  });

  it('serves health, readiness and the admin console', async () => {
    expect((await fetch(`${hub.url}/healthz`)).status).toBe(200);
    const ready = await fetch(`${hub.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
    const admin = await fetch(`${hub.url}/admin/`);
    expect([200, 503]).toContain(admin.status);
  });

  it('prints one plain line with the console URL, a demo login and the GraphQL URL', async () => {
    await expect
      .poll(() => hub.stdout())
      .toMatch(
        /^agreement-hub ready: console http:\/\/localhost:\d+\/admin\/ \(demo login: mas-admin \/ demo-password\) · GraphQL http:\/\/localhost:\d+\/graphql · GraphiQL http:\/\/localhost:\d+\/graphiql$/m,
      );
  });

  it('sends a browser opening /graphql to the bundled GraphiQL, and keeps GraphQL GETs working', async () => {
    const page = await fetch(`${hub.url}/graphql`, { headers: { accept: 'text/html' }, redirect: 'manual' });
    expect(page.status).toBe(302);
    expect(page.headers.get('location')).toBe('/graphiql');
    const query = await fetch(`${hub.url}/graphql?query=${encodeURIComponent('{ __typename }')}`, {
      headers: { accept: 'application/json' },
    });
    expect(query.status).toBe(200);
  });

  it('refuses an anonymous read', async () => {
    const response = await fetch(`${hub.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ agreements(first: 1) { totalCount } }' }),
    });
    const body = (await response.json()) as { errors?: { extensions: { code: string } }[] };
    expect(body.errors?.[0]?.extensions.code).toMatch(/FORBIDDEN|UNAUTHENTICATED/);
  });

  it('keeps a structured log line per request with its request id', async () => {
    await fetch(`${hub.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'entry-test-request-1', authorization: `Bearer ${integratorKey}` },
      body: JSON.stringify({ query: 'query Probe { viewer { name } }' }),
    });
    // Log lines reach stdout in batches (server/logger.ts): wait for it rather than a fixed time.
    const logged = () =>
      hub
        .stdout()
        .split('\n')
        .find((l) => l.includes('entry-test-request-1'));
    await expect.poll(logged).toBeDefined();
    const line = logged();
    expect(line).toBeDefined();
    expect(JSON.parse(line!)).toMatchObject({ requestId: 'entry-test-request-1', operationName: 'Probe' });
    // The API key never reaches the log.
    expect(hub.stdout()).not.toContain(integratorKey);
  });

  it('refuses a second hub on the same data directory with one clear line', async () => {
    const result = await runHubToExit({ DATA_DIR: dataDir });
    expect(result.code).not.toBe(0);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/in use by process \d+ .* \/ 嵌入式数据库 .* 正被进程 \d+ 使用/);
  });

  it('stops gracefully on SIGTERM: drains, closes the database and exits 0', async () => {
    const code = await hub.stop('SIGTERM');
    expect(code).toBe(0);
    expect(hub.stdout()).toContain('shutting down');
    expect(hub.stdout()).toContain('"msg":"hub stopped"');
    // The data directory lock is released, so the next start may open the database.
    const again = await startChildHub({ DATA_DIR: dataDir });
    expect((await fetch(`${again.url}/readyz`)).status).toBe(200);
    expect(await again.stop()).toBe(0);
  });
});

/** A plain file where the data directory should go. */
function fileInTheWay(): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'hub-file-')), 'data');
  writeFileSync(file, '');
  return file;
}

describe('operator mistakes end with one clear line and a non-zero exit', () => {
  let blocker: Server;
  let blockedPort: number;
  // Not PostgreSQL (a DATABASE_URL with the hub's own port, a proxy's): the start printed
  // "External error id#0", all Prisma's schema engine said of the driver's error.
  let web: HttpServer;
  let webPort: number;

  beforeAll(async () => {
    blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '::', () => resolve()));
    blockedPort = (blocker.address() as { port: number }).port;
    web = createHttpServer((_req, res) => res.end('not postgres'));
    await new Promise<void>((resolve) => web.listen(0, '127.0.0.1', () => resolve()));
    webPort = (web.address() as { port: number }).port;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => blocker.close(() => resolve()));
    await new Promise<void>((resolve) => web.close(() => resolve()));
  });

  const cases: [string, () => Record<string, string>, RegExp][] = [
    ['a malformed DATABASE_URL', () => ({ DATABASE_URL: 'not-a-url' }), /invalid configuration: DATABASE_URL/],
    ['a DATABASE_URL of another scheme', () => ({ DATABASE_URL: 'mysql://u:p@localhost/db' }), /DATABASE_URL/],
    ['an unreachable database', () => ({ DATABASE_URL: 'postgresql://hub:secret-pw@127.0.0.1:1/hub' }), /cannot use the database at 127\.0\.0\.1:1\/hub: (connection refused|Can't reach database server)/],
    ['an invalid PORT', () => ({ PORT: '70000' }), /invalid configuration: PORT/],
    // 192.0.2.1 is TEST-NET-1 (RFC 5737): never an address of this machine.
    ['a HOST that is not this machine’s', () => ({ HOST: '192.0.2.1' }), /^agreement-hub: HOST 192\.0\.2\.1 is not an address of this machine/],
    ['a HOST that does not resolve', () => ({ HOST: 'no-such-host.invalid' }), /^agreement-hub: HOST no-such-host\.invalid cannot be resolved/],
    ['a DATA_DIR that is a file', () => ({ DATA_DIR: fileInTheWay() }), /^agreement-hub: DATA_DIR .*hub-file-.* cannot hold the embedded database: a file of that name is in the way/],
    ['a CORS origin the browser never sends', () => ({ CORS_ORIGINS: '*' }), /^agreement-hub: invalid configuration: CORS_ORIGINS must list origins/],
    // pg printed a multi-line "SECURITY WARNING" for the usual sslmode=require before the hub's line.
    ['an unreachable database asked for TLS with sslmode=require', () => ({ DATABASE_URL: 'postgresql://hub:secret-pw@127.0.0.1:1/hub?sslmode=require' }), /^agreement-hub: cannot use the database at 127\.0\.0\.1:1\/hub: /],
    ['a DATABASE_URL whose port is not PostgreSQL', () => ({ DATABASE_URL: `postgresql://hub:secret-pw@127.0.0.1:${webPort}/hub` }), /^agreement-hub: cannot use the database at 127\.0\.0\.1:\d+\/hub: Connection terminated unexpectedly \/ 无法使用数据库 .*：无法连接到数据库服务器/],
    ['a term-job interval that repeats unevenly', () => ({ TERM_JOB_INTERVAL_MINUTES: '7' }), /^agreement-hub: invalid configuration: TERM_JOB_INTERVAL_MINUTES must be 0 \(off\)/],
  ];

  for (const [name, env, message] of cases) {
    it(`${name}`, async () => {
      const dataDir = await mkdtemp(path.join(tmpdir(), 'hub-bad-'));
      try {
        const result = await runHubToExit({ DATA_DIR: dataDir, ...env() });
        expect(result.code).toBe(1);
        const lines = result.stderr.trim().split('\n');
        expect(lines).toHaveLength(1);
        expect(lines[0]).toMatch(message);
        // English for the exact words, then Chinese for the agency's operators.
        expect(lines[0]).toMatch(/ \/ .*[\u4e00-\u9fff]/);
        expect(result.stderr).not.toMatch(/\n\s+at /);
        // The password of a connection string never appears in the message.
        expect(result.stderr).not.toContain('secret-pw');
      } finally {
        await rm(dataDir, { recursive: true, force: true });
      }
    });
  }

  it('a port in use', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'hub-port-'));
    try {
      const result = await runHubToExit({ DATA_DIR: dataDir, PORT: String(blockedPort) });
      expect(result.code).toBe(1);
      expect(result.stderr.trim().split('\n')).toEqual([
        `agreement-hub: port ${blockedPort} is already in use (set PORT to another port) / 端口 ${blockedPort} 已被占用（请把 PORT 设为其他端口）`,
      ]);
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
