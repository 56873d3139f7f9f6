import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startTestApp, post, codes, type TestApp } from '../support/access-app.js';
import { createClientWithKey, createUser } from '../support/access-world.js';
import { createInsurer } from '../factories/records.js';
import { loadConfig } from '../../server/config.js';
import { createAuthFailureLimiter } from '../../server/limits/auth-failure-limiter.js';
import { apiKeyCredentialId } from '../../server/auth/credential-id.js';

/**
 * Failed authentications are limited per client address and credential (AUTH_FAILURES_PER_MINUTE,
 * here 3: one key's secret, one account's password) and per address (five times that: spraying
 * many): past a budget every request of that address with that credential (or, past the
 * address's, with any), a valid one included, and every such log-in answers 429 with
 * Retry-After, on /graphql, the upload and export routes and the WebSocket (upgrade refused with
 * 429; connection_init closed with 4429). Colleagues behind the same address with other
 * credentials, other addresses and credential-less requests are unaffected. The hub trusts
 * X-Forwarded-For from loopback (its balancer), which lets one test stand for many addresses.
 */
const LIMIT = 3;
const PER_ADDRESS = LIMIT * 5;
const PASSWORD = 'correct horse battery staple 43';
let hub: TestApp;
let key: string;
/** A colleague's key: another client of the same insurer, used from the same office address. */
let colleagueKey: string;

beforeAll(async () => {
  hub = await startTestApp({ AUTH_FAILURES_PER_MINUTE: String(LIMIT) });
  const insurerId = (await createInsurer(hub.prisma)).id;
  key = (await createClientWithKey(hub.prisma, { role: 'INSURER_ADMIN', insurerId })).secret;
  colleagueKey = (await createClientWithKey(hub.prisma, { role: 'INSURER_ADMIN', insurerId })).secret;
  await createUser(hub.prisma, { username: 'spray-target', password: PASSWORD, role: 'INSURER_VIEWER', insurerId });
  await createUser(hub.prisma, { username: 'colleague', password: PASSWORD, role: 'INSURER_VIEWER', insurerId });
});
afterAll(() => hub?.close());

const VIEWER = '{ viewer { role } }';
const from = (address: string, headers: Record<string, string> = {}) => ({ 'x-forwarded-for': address, ...headers });
const BAD_KEY = 'ahk_nosuchkey_ThisKeyDoesNotExist000000000000';
/** A guess at the secret of `key`: its prefix (shown in screens and logs) with a wrong secret. */
const guess = (i: number) => `${key.slice(0, 13)}${'G'.repeat(31)}${i}`;
const LOGIN = 'mutation ($u: String!, $p: String!) { login(input: { username: $u, password: $p }) { csrfToken } }';

describe('HTTP', () => {
  it('guesses at one key cost the address and that key; past the budget the key itself gets 429 with Retry-After, elsewhere too', async () => {
    const a = '203.0.113.10';
    for (let i = 0; i < LIMIT; i++) {
      const r = await post(hub, VIEWER, {}, from(a, { authorization: `Bearer ${guess(i)}` }));
      expect(r.status).toBe(401);
      expect(r.headers.get('www-authenticate')).toMatch(/^Bearer /);
    }
    const over = await post(hub, VIEWER, {}, from(a, { authorization: `Bearer ${guess(LIMIT)}` }));
    expect(over.status).toBe(429);
    expect(codes(over)).toEqual(['RATE_LIMITED']);
    expect(Number(over.headers.get('retry-after'))).toBeGreaterThan(60);
    // A guess that happens to be right must not be told apart from a wrong one.
    const valid = await post(hub, VIEWER, {}, from(a, { authorization: `Bearer ${key}` }));
    expect(valid.status).toBe(429);
    expect(Number(valid.headers.get('retry-after'))).toBeGreaterThan(0);
    for (const route of ['/audit/export', '/claims/import']) {
      const res = await fetch(`${hub.url}${route}`, {
        method: route === '/audit/export' ? 'GET' : 'POST',
        headers: from(a, { authorization: `Bearer ${key}`, 'content-type': 'text/csv' }),
        ...(route === '/claims/import' ? { body: 'x' } : {}),
      });
      expect(res.status, route).toBe(429);
      expect(Number(res.headers.get('retry-after')), route).toBeGreaterThan(0);
      expect(((await res.json()) as { code: string }).code, route).toBe('RATE_LIMITED');
    }
    // Requests without a credential, a colleague's key from the same address, and other
    // addresses are not affected.
    expect((await post(hub, '{ __typename }', {}, from(a))).status).toBe(200);
    const colleague = await post(hub, VIEWER, {}, from(a, { authorization: `Bearer ${colleagueKey}` }));
    expect(colleague.status).toBe(200);
    expect(colleague.body.data).toEqual({ viewer: { role: 'INSURER_ADMIN' } });
    const b = await post(hub, VIEWER, {}, from('203.0.113.11', { authorization: `Bearer ${key}` }));
    expect(b.status).toBe(200);
    expect(b.body.data).toEqual({ viewer: { role: 'INSURER_ADMIN' } });
  });

  it('a refused key on the upload route counts like one on /graphql', async () => {
    const c = '203.0.113.12';
    for (let i = 0; i <= LIMIT; i++) {
      const res = await fetch(`${hub.url}/claims/import`, { method: 'POST', headers: from(c, { 'x-api-key': `${BAD_KEY}${i}`, 'content-type': 'text/csv' }), body: 'x' });
      expect(res.status).toBe(i < LIMIT ? 401 : 429);
    }
    expect((await post(hub, VIEWER, {}, from(c, { authorization: `Bearer ${BAD_KEY}` }))).status).toBe(429);
  });

  it('wrong passwords cost the address and the account; past the budget even the right one gets 429, a colleague signs in', async () => {
    const d = '203.0.113.13';
    for (let i = 0; i < LIMIT; i++) expect(codes(await post(hub, LOGIN, { u: 'spray-target', p: `guess-${i}` }, from(d)))).toEqual(['UNAUTHENTICATED']);
    // The failure past the budget answers 429 already; then even the right password does.
    expect((await post(hub, LOGIN, { u: 'spray-target', p: 'guess' }, from(d))).status).toBe(429);
    const over = await post(hub, LOGIN, { u: 'spray-target', p: PASSWORD }, from(d));
    expect(over.status).toBe(429);
    expect(codes(over)).toEqual(['RATE_LIMITED']);
    expect(Number(over.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(over.setCookies).toEqual([]);
    // A colleague behind the same address, and the right password from another address, sign in.
    expect(codes(await post(hub, LOGIN, { u: 'colleague', p: PASSWORD }, from(d)))).toEqual([]);
    expect(codes(await post(hub, LOGIN, { u: 'spray-target', p: PASSWORD }, from('203.0.113.14')))).toEqual([]);
  });

  it('spraying many accounts costs the address its own budget; past it every log-in of it gets 429', async () => {
    const s = '203.0.113.15';
    for (let i = 0; i < PER_ADDRESS; i++) expect(codes(await post(hub, LOGIN, { u: `nobody-${i}`, p: 'guess' }, from(s)))).toEqual(['UNAUTHENTICATED']);
    expect((await post(hub, LOGIN, { u: `nobody-${PER_ADDRESS}`, p: 'guess' }, from(s))).status).toBe(429);
    const over = await post(hub, LOGIN, { u: 'colleague', p: PASSWORD }, from(s));
    expect(over.status).toBe(429);
    expect(over.setCookies).toEqual([]);
    expect((await post(hub, VIEWER, {}, from(s, { authorization: `Bearer ${colleagueKey}` }))).status).toBe(429);
  });

  it('the block is in the shared store: another process on the same database sees it (PostgreSQL)', async () => {
    if (!hub.superuserUrl) {
      // The embedded database is one process: its limiter counts in memory, as the per-key budget does.
      expect(process.env.TEST_DB).toBe('embedded');
      return;
    }
    const other = createAuthFailureLimiter(loadConfig({ NODE_ENV: 'test', DATABASE_URL: hub.superuserUrl, AUTH_FAILURES_PER_MINUTE: String(LIMIT) }));
    expect(await other.check('203.0.113.10', apiKeyCredentialId(key))).toMatchObject({ code: 'RATE_LIMITED' });
    expect(await other.check('203.0.113.15', apiKeyCredentialId(colleagueKey))).toMatchObject({ code: 'RATE_LIMITED' });
    expect(await other.check('203.0.113.10', apiKeyCredentialId(colleagueKey))).toBeNull();
    expect(await other.check('203.0.113.11', apiKeyCredentialId(key))).toBeNull();
  });
});

describe('WebSocket', () => {
  function connect(
    address: string,
    payload: Record<string, unknown>,
    headers: Record<string, string> = {},
  ): Promise<{ closed: number; reason: string } | { ack: true } | { status: number; retryAfter: string | undefined; type: string | undefined; body: string }> {
    return new Promise((resolve) => {
      const socket = new WebSocket(hub.wsUrl, 'graphql-transport-ws', { headers: { 'x-forwarded-for': address, ...headers } });
      socket.on('unexpected-response', (_req, res) => {
        let body = '';
        res.on('data', (chunk) => (body += String(chunk)));
        res.on('end', () => {
          resolve({ status: res.statusCode ?? 0, retryAfter: res.headers['retry-after'] as string | undefined, type: res.headers['content-type'], body });
          socket.terminate();
        });
      });
      socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload })));
      socket.on('message', (data) => {
        if ((JSON.parse(String(data)) as { type: string }).type === 'connection_ack') {
          resolve({ ack: true });
          socket.close();
        }
      });
      socket.on('close', (code, reason) => resolve({ closed: code, reason: String(reason) }));
      socket.on('error', () => undefined);
    });
  }

  it('refused connection_init payloads cost the address and key; then 4429, the key itself too, and its upgrade answers 429', async () => {
    const e = '203.0.113.20';
    for (let i = 0; i < LIMIT; i++) expect(await connect(e, { authorization: `Bearer ${guess(i)}` })).toMatchObject({ closed: 4403 });
    expect(await connect(e, { authorization: `Bearer ${guess(LIMIT)}` })).toMatchObject({ closed: 4429, reason: expect.stringMatching(/RATE_LIMITED: retry after \d+ s/) });
    expect(await connect(e, { authorization: `Bearer ${key}` })).toMatchObject({ closed: 4429 });
    const upgrade = await connect(e, {}, { authorization: `Bearer ${key}` });
    expect(upgrade).toMatchObject({ status: 429 });
    expect(Number((upgrade as { retryAfter: string }).retryAfter)).toBeGreaterThan(0);
    // A GraphQL error body in JSON, as the same refusal over HTTP (it was ws's text/html "Too Many Requests").
    const refusal = upgrade as { type: string; body: string };
    expect(refusal.type).toBe('application/json; charset=utf-8');
    expect(JSON.parse(refusal.body)).toMatchObject({ errors: [{ extensions: { code: 'RATE_LIMITED', messageZh: expect.stringMatching(/[\u4e00-\u9fff]/) } }] });
    expect(await connect(e, { authorization: `Bearer ${colleagueKey}` })).toEqual({ ack: true });
    expect(await connect('203.0.113.21', { authorization: `Bearer ${key}` })).toEqual({ ack: true });
  });
});

describe('every route answers 401 with its challenge', () => {
  it.each([
    ['GET', '/audit/export', '203.0.113.31'],
    ['POST', '/claims/import', '203.0.113.32'],
    ['POST', '/knowledge/import?format=csv', '203.0.113.33'],
    ['POST', '/graphql', '203.0.113.34'],
  ])('%s %s: a refused key and no credential both carry WWW-Authenticate: Bearer (RFC 9110 §11.6.1)', async (method, route, address) => {
    for (const headers of [{ authorization: `Bearer ${BAD_KEY}` }, {}] as Record<string, string>[]) {
      const res = await fetch(`${hub.url}${route}`, {
        method,
        headers: from(address, { 'content-type': route === '/graphql' ? 'application/json' : 'text/csv', ...headers }),
        ...(method === 'POST' ? { body: route === '/graphql' ? JSON.stringify({ query: '{ viewer { role } }' }) : 'x' } : {}),
      });
      // /graphql lets an anonymous viewer run public fields: only the refused key is a 401 there.
      if (route === '/graphql' && !('authorization' in headers)) continue;
      expect(res.status, JSON.stringify(headers)).toBe(401);
      expect(res.headers.get('www-authenticate')).toBe('Bearer realm="agreement-hub", error="invalid_token"');
      expect(res.headers.get('cache-control')).toBe('no-store');
    }
  });
});

describe('the log', () => {
  it('holds none of the refused or accepted credentials sent above, nor the Authorization header', async () => {
    const ok = await post<{ login: { csrfToken: string } }>(hub, LOGIN, { u: 'spray-target', p: PASSWORD }, from('203.0.113.40'));
    const cookie = ok.setCookies.map((c) => c.split(';')[0]!.split('=')[1]!);
    await post(hub, VIEWER, {}, from('203.0.113.40', { cookie: ok.setCookies.map((c) => c.split(';')[0]).join('; '), 'x-csrf-token': 'wrong-csrf' }));
    const logs = hub.logs();
    expect(logs.length).toBeGreaterThan(0);
    for (const secret of [key, key.split('_')[2]!, colleagueKey.split('_')[2]!, guess(0).split('_')[2]!, BAD_KEY, PASSWORD, 'guess', ok.body.data!.login.csrfToken, ...cookie]) {
      expect(logs, secret.slice(0, 6)).not.toContain(secret);
    }
    expect(logs.toLowerCase()).not.toMatch(/"authorization"|bearer ahk_|"cookie"|x-api-key/);
  });
});
