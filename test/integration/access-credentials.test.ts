import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { startTestApp, post, codes, type TestApp } from '../support/access-app.js';
import { createAccessWorld, createClientWithKey, createUser, type AccessWorld } from '../support/access-world.js';
import { hashSessionToken } from '../../server/auth/session-token.js';
import { forgetCachedViewers } from '../../server/auth/resolve-viewer.js';

/**
 * Identities over real HTTP: password login with lockout, session cookies with CSRF, logout,
 * and API keys (issue shown once, expiry, revocation, rotation), plus the promise that no
 * secret reaches a log line or an audit event.
 */
let hub: TestApp;
let world: AccessWorld;
const PASSWORD = 'correct horse battery staple 42';

beforeAll(async () => {
  hub = await startTestApp();
  world = await createAccessWorld(hub.prisma);
  await createUser(hub.prisma, { username: 'root', password: PASSWORD, role: 'PLATFORM_ADMIN' });
  await createUser(hub.prisma, { username: 'alice', password: PASSWORD, role: 'INSURER_ADMIN', insurerId: world.a.insurer.id });
  await createUser(hub.prisma, { username: 'lockme', password: PASSWORD, role: 'INSURER_VIEWER', insurerId: world.a.insurer.id });
});
afterAll(async () => {
  await hub?.close();
});

const LOGIN = `mutation($u: String!, $p: String!) { login(input: { username: $u, password: $p }) { csrfToken expiresAt viewer { name role } } }`;
const VIEWER = `query Who { viewer { name role actorType } }`;

const json = (value: unknown) => JSON.stringify(value, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v));

async function login(username: string, password = PASSWORD) {
  const res = await post<{ login: { csrfToken: string } }>(hub, LOGIN, { u: username, p: password });
  const cookie = res.setCookies.map((c) => c.split(';')[0]).join('; ');
  return { res, cookie, csrf: res.body.data?.login.csrfToken ?? '' };
}

describe('password login and sessions', () => {
  it('sets an HttpOnly, SameSite=Lax session cookie and returns the CSRF token; only the token hash is stored', async () => {
    const { res, cookie, csrf } = await login('alice');
    expect(res.status).toBe(200);
    expect(res.body.errors).toBeUndefined();
    const session = res.setCookies.find((c) => c.startsWith('hub_session='))!;
    expect(session).toMatch(/HttpOnly/i);
    expect(session).toMatch(/SameSite=Lax/i);
    expect(session).toMatch(/Path=\//);
    expect(session).not.toMatch(/Secure/i); // NODE_ENV=test; production adds Secure
    const token = /hub_session=([^;]+)/.exec(session)![1]!;
    const row = await hub.prisma.session.findUniqueOrThrow({ where: { tokenHash: hashSessionToken(token) } });
    expect(row.tokenHash).not.toContain(token);
    expect(csrf.length).toBeGreaterThan(20);

    const me = await post(hub, VIEWER, {}, { cookie, 'x-csrf-token': csrf });
    expect(me.body.data).toEqual({ viewer: { name: 'alice', role: 'INSURER_ADMIN', actorType: 'USER' } });
    const event = await hub.prisma.auditEvent.findFirstOrThrow({ where: { type: 'session.started', entityId: row.id } });
    expect(event.actorId).toBe(row.userId);
    expect(json(event)).not.toContain(token);
    expect(json(event)).not.toContain(csrf);
  });

  it('refuses a cookie request without the CSRF header, or with a wrong one (403)', async () => {
    const { cookie } = await login('alice');
    const none = await post(hub, VIEWER, {}, { cookie });
    expect(none.status).toBe(403);
    expect(codes(none)).toEqual(['FORBIDDEN']);
    const wrong = await post(hub, VIEWER, {}, { cookie, 'x-csrf-token': 'forged' });
    expect(wrong.status).toBe(403);
  });

  it('answers the same generic error for an unknown user and a wrong password', async () => {
    const unknown = await login('nobody', 'x');
    const wrong = await login('alice', 'wrong password');
    expect(codes(unknown.res)).toEqual(['UNAUTHENTICATED']);
    expect(codes(wrong.res)).toEqual(['UNAUTHENTICATED']);
    expect(unknown.res.body.errors![0]!.message).toBe(wrong.res.body.errors![0]!.message);
    expect(unknown.res.setCookies).toEqual([]);
  });

  it('locks the account for 15 minutes after five failures in a row, even for the right password', async () => {
    for (let i = 1; i <= 4; i++) expect(codes((await login('lockme', `bad ${i}`)).res)).toEqual(['UNAUTHENTICATED']);
    const fifth = await login('lockme', 'bad 5');
    expect(codes(fifth.res)).toEqual(['ACCOUNT_LOCKED']);
    const user = await hub.prisma.user.findUniqueOrThrow({ where: { username: 'lockme' } });
    const minutes = (user.lockedUntil!.getTime() - Date.now()) / 60_000;
    expect(minutes).toBeGreaterThan(14);
    expect(minutes).toBeLessThanOrEqual(15);
    const right = await login('lockme');
    expect(codes(right.res)).toEqual(['ACCOUNT_LOCKED']);
    expect(right.res.setCookies).toEqual([]);
    expect(await hub.prisma.auditEvent.count({ where: { type: 'user.lockedOut', entityId: user.id } })).toBe(1);

    // Once the lock has run out the right password works again and resets the count.
    await hub.prisma.user.update({ where: { id: user.id }, data: { lockedUntil: new Date(Date.now() - 1000) } });
    const after = await login('lockme');
    expect(after.res.body.errors).toBeUndefined();
    expect((await hub.prisma.user.findUniqueOrThrow({ where: { id: user.id } })).failedLoginCount).toBe(0);
  });

  it('logout revokes the session server-side; the old cookie is then refused with 401 and cleared', async () => {
    const { cookie, csrf } = await login('alice');
    const out = await post(hub, `mutation { logout { ended } }`, {}, { cookie, 'x-csrf-token': csrf });
    expect(out.body.data).toEqual({ logout: { ended: true } });
    const again = await post(hub, VIEWER, {}, { cookie, 'x-csrf-token': csrf });
    expect(again.status).toBe(401);
    expect(codes(again)).toEqual(['UNAUTHENTICATED']);
    expect(again.setCookies.some((c) => c.startsWith('hub_session=;'))).toBe(true);
    expect(await hub.prisma.auditEvent.count({ where: { type: 'session.ended' } })).toBeGreaterThanOrEqual(1);
  });

  it('refuses an expired session', async () => {
    const { cookie, csrf } = await login('alice');
    const token = /hub_session=([^;]+)/.exec(cookie)![1]!;
    await hub.prisma.session.update({ where: { tokenHash: hashSessionToken(token) }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const res = await post(hub, VIEWER, {}, { cookie, 'x-csrf-token': csrf });
    expect(res.status).toBe(401);
  });
});

const ISSUE = `mutation($input: IssueApiKeyInput!) { issueApiKey(input: $input) { key auditSeq apiKey { id prefix active } } }`;

describe('API keys', () => {
  async function adminSession() {
    const { cookie, csrf } = await login('root');
    return { cookie, 'x-csrf-token': csrf };
  }

  it('issues a key once, stores only its hash, and accepts it as Bearer or X-Api-Key', async () => {
    const admin = await adminSession();
    const client = await hub.prisma.apiClient.create({ data: { name: 'PICC gateway', role: 'PARTNER', partnerId: world.partner.id } });
    const res = await post<{ issueApiKey: { key: string; apiKey: { id: string; prefix: string; active: boolean } } }>(
      hub,
      ISSUE,
      { input: { apiClientId: encodeGlobalID('ApiClient', client.id), label: 'prod' } },
      admin,
    );
    expect(res.body.errors).toBeUndefined();
    const { key, apiKey } = res.body.data!.issueApiKey;
    expect(key).toMatch(/^ahk_[a-z0-9]{8}_[A-Za-z0-9]{32}$/);
    expect(key).toContain(apiKey.prefix);
    const row = await hub.prisma.apiKey.findUniqueOrThrow({ where: { prefix: apiKey.prefix } });
    expect(row.keyHash).not.toContain(key.split('_')[2]);
    const event = await hub.prisma.auditEvent.findFirstOrThrow({ where: { type: 'apiKey.issued', entityId: row.id } });
    expect(json(event)).not.toContain(key);
    expect(event.partnerId).toBe(world.partner.id);

    for (const headers of [{ authorization: `Bearer ${key}` }, { 'x-api-key': key }] as Record<string, string>[]) {
      const me = await post(hub, VIEWER, {}, headers);
      expect(me.body.data).toEqual({ viewer: { name: 'PICC gateway', role: 'PARTNER', actorType: 'API_CLIENT' } });
    }
    // Nothing in the schema can read the secret or the hash back.
    const fields = await post<{ __type: { fields: { name: string }[] } }>(hub, `{ __type(name: "ApiKey") { fields { name } } }`, {}, admin);
    expect(fields.body.data!.__type.fields.map((f) => f.name)).not.toContain('keyHash');
    await expect.poll(async () => (await hub.prisma.apiKey.findUniqueOrThrow({ where: { id: row.id } })).lastUsedAt).not.toBeNull();
  });

  it('refuses a malformed, unknown, expired or revoked key, or a disabled client, with 401 UNAUTHENTICATED', async () => {
    const bad = await post(hub, VIEWER, {}, { authorization: 'Bearer not-a-key' });
    expect([bad.status, codes(bad)]).toEqual([401, ['UNAUTHENTICATED']]);
    const basic = await post(hub, VIEWER, {}, { authorization: 'Basic abc' });
    expect(basic.status).toBe(401);
    const unknown = await post(hub, VIEWER, {}, { 'x-api-key': 'ahk_abcdefgh_ABCDEFGHIJKLMNOPQRSTUVWXYZ123456' });
    expect(unknown.status).toBe(401);

    const expired = await createClientWithKey(hub.prisma, { role: 'INTEGRATOR', insurerId: world.a.insurer.id, expiresAt: new Date(Date.now() - 1000) });
    const e = await post(hub, VIEWER, {}, { authorization: `Bearer ${expired.secret}` });
    expect([e.status, codes(e), e.body.errors![0]!.message]).toEqual([401, ['UNAUTHENTICATED'], 'API key has expired']);

    const live = await createClientWithKey(hub.prisma, { role: 'INTEGRATOR', insurerId: world.a.insurer.id });
    expect((await post(hub, VIEWER, {}, { authorization: `Bearer ${live.secret}` })).status).toBe(200);
    await hub.prisma.apiClient.update({ where: { id: live.client.id }, data: { disabledAt: new Date() } });
    // A direct write (not disableApiClient, which announces it: api-client-disable.test.ts)
    // reaches a running hub when its API-key viewer cache lets go (≤ VIEWER_CACHE_TTL_MS). The
    // cached viewer is dropped here as the announcement would; the database then refuses.
    forgetCachedViewers();
    expect((await post(hub, VIEWER, {}, { authorization: `Bearer ${live.secret}` })).status).toBe(401);
  });

  it('revokeApiKey stops the key at once and records who revoked it; a second revoke is a conflict without event', async () => {
    const admin = await adminSession();
    const k = await createClientWithKey(hub.prisma, { role: 'INTEGRATOR', insurerId: world.a.insurer.id });
    expect((await post(hub, VIEWER, {}, { authorization: `Bearer ${k.secret}` })).status).toBe(200);
    const id = encodeGlobalID('ApiKey', k.key.id);
    const revoked = await post(hub, `mutation($id: ID!) { revokeApiKey(input: { id: $id }) { auditSeq apiKey { revokedAt active } } }`, { id }, admin);
    expect(revoked.body.errors).toBeUndefined();
    expect((await post(hub, VIEWER, {}, { authorization: `Bearer ${k.secret}` })).status).toBe(401);
    const event = await hub.prisma.auditEvent.findFirstOrThrow({ where: { type: 'apiKey.revoked', entityId: k.key.id } });
    expect(event.actorType).toBe('USER');
    const before = await hub.prisma.auditEvent.count();
    const twice = await post(hub, `mutation($id: ID!) { revokeApiKey(input: { id: $id }) { auditSeq } }`, { id }, admin);
    expect(codes(twice)).toEqual(['CONFLICT']);
    expect(await hub.prisma.auditEvent.count()).toBe(before);
  });

  it('rotateApiKey replaces a key: the old one stops (or expires after the grace period), the new one works', async () => {
    const admin = await adminSession();
    const k = await createClientWithKey(hub.prisma, { role: 'PARTNER', partnerId: world.partner.id });
    const rotate = `mutation($id: ID!, $grace: Int) { rotateApiKey(input: { id: $id, graceMinutes: $grace }) { key previous { revokedAt expiresAt } apiKey { id } } }`;
    const res = await post<{ rotateApiKey: { key: string; previous: { revokedAt: string | null; expiresAt: string | null } } }>(
      hub,
      rotate,
      { id: encodeGlobalID('ApiKey', k.key.id) },
      admin,
    );
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.rotateApiKey.previous.revokedAt).not.toBeNull();
    expect((await post(hub, VIEWER, {}, { authorization: `Bearer ${k.secret}` })).status).toBe(401);
    const fresh = res.body.data!.rotateApiKey.key;
    expect((await post(hub, VIEWER, {}, { authorization: `Bearer ${fresh}` })).status).toBe(200);

    const graced = await post<{ rotateApiKey: { key: string; previous: { expiresAt: string } } }>(
      hub,
      rotate,
      { id: (await post<{ rotateApiKey: { apiKey: { id: string } } }>(hub, rotate, { id: encodeGlobalID('ApiKey', k.key.id) }, admin)).body.errors ? '' : '', grace: 30 },
      admin,
    );
    // Rotating an already revoked key is refused (and the empty id above is a validation error).
    expect(graced.body.errors).toBeDefined();
    const fresh2 = await hub.prisma.apiKey.findFirstOrThrow({ where: { apiClientId: k.client.id, revokedAt: null } });
    const withGrace = await post<{ rotateApiKey: { previous: { expiresAt: string; revokedAt: string | null } } }>(
      hub,
      rotate,
      { id: encodeGlobalID('ApiKey', fresh2.id), grace: 30 },
      admin,
    );
    expect(withGrace.body.errors).toBeUndefined();
    expect(withGrace.body.data!.rotateApiKey.previous.revokedAt).toBeNull();
    const left = (Date.parse(withGrace.body.data!.rotateApiKey.previous.expiresAt) - Date.now()) / 60_000;
    expect(left).toBeGreaterThan(28);
    expect((await post(hub, VIEWER, {}, { authorization: `Bearer ${fresh}` })).status).toBe(200);
    expect(await hub.prisma.auditEvent.count({ where: { type: 'apiKey.rotated' } })).toBe(2);
  });

  it('an insurer admin cannot issue keys for another tenant’s client (NOT_FOUND, no key, no event)', async () => {
    const { cookie, csrf } = await login('alice');
    const foreign = await hub.prisma.apiClient.create({ data: { name: 'B integrator', role: 'INTEGRATOR', insurerId: world.b.insurer.id } });
    const keys = await hub.prisma.apiKey.count();
    const events = await hub.prisma.auditEvent.count();
    const res = await post(hub, ISSUE, { input: { apiClientId: encodeGlobalID('ApiClient', foreign.id) } }, { cookie, 'x-csrf-token': csrf });
    expect(codes(res)).toEqual(['NOT_FOUND']);
    expect(await hub.prisma.apiKey.count()).toBe(keys);
    expect(await hub.prisma.auditEvent.count()).toBe(events);
  });

  it('an insurer admin registers an integrator for its own insurer and issues its key', async () => {
    const { cookie, csrf } = await login('alice');
    const headers = { cookie, 'x-csrf-token': csrf };
    const created = await post<{ createApiClient: { apiClient: { id: string; role: string; insurer: { id: string } } } }>(
      hub,
      `mutation { createApiClient(input: { name: "A events", role: INTEGRATOR }) { auditSeq apiClient { id role insurer { id } } } }`,
      {},
      headers,
    );
    expect(created.body.errors).toBeUndefined();
    expect(created.body.data!.createApiClient.apiClient.insurer.id).toBe(encodeGlobalID('Insurer', world.a.insurer.id));
    const partnerClient = await post(hub, `mutation($p: ID!) { createApiClient(input: { name: "x", role: PARTNER, partnerId: $p }) { auditSeq } }`, { p: encodeGlobalID('Partner', world.partner.id) }, headers);
    expect(codes(partnerClient)).toEqual(['BAD_USER_INPUT']);
    const issued = await post(hub, ISSUE, { input: { apiClientId: created.body.data!.createApiClient.apiClient.id, expiresAt: new Date(Date.now() + 86_400_000).toISOString() } }, headers);
    expect(issued.body.errors).toBeUndefined();
  });

  it('never writes a password, session token, CSRF token or API key to the log', async () => {
    const { cookie, csrf } = await login('root');
    const token = /hub_session=([^;]+)/.exec(cookie)![1]!;
    const client = await hub.prisma.apiClient.create({ data: { name: 'log probe', role: 'INTEGRATOR', insurerId: world.a.insurer.id } });
    const issued = await post<{ issueApiKey: { key: string } }>(hub, ISSUE, { input: { apiClientId: encodeGlobalID('ApiClient', client.id) } }, { cookie, 'x-csrf-token': csrf });
    const key = issued.body.data!.issueApiKey.key;
    await post(hub, VIEWER, {}, { authorization: `Bearer ${key}` });
    await login('root', 'a wrong password that must not be logged');
    const logs = hub.logs();
    expect(logs).toContain('"graphql"'); // the request log did write lines
    for (const secret of [PASSWORD, 'a wrong password that must not be logged', token, csrf, key, key.split('_')[2]!]) {
      expect(logs).not.toContain(secret);
    }
    const events = json(await hub.prisma.auditEvent.findMany());
    for (const secret of [PASSWORD, token, csrf, key]) expect(events).not.toContain(secret);
  });
});
