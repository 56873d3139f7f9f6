import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import pg from 'pg';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { startTestApp, post, codes, type TestApp } from '../support/access-app.js';
import { createClientWithKey, createUser } from '../support/access-world.js';
import { createInsurer } from '../factories/records.js';
import { CREDENTIAL_REVOKED_CHANNEL } from '../../server/auth/revocation.js';

/**
 * disableApiClient: an insurer admin stops one of its integrators as a whole. Every key of it
 * is refused from the next request on (even one the hub's viewer cache holds), its open
 * sockets close with 4403, each key id is announced on the revocation channel other replicas
 * listen to, the audit event is written with the change, and no key can be issued for it
 * afterwards. Another insurer's admin, an auditor and the client itself are refused.
 */
let hub: TestApp;
let insurerId: string;
const PASSWORD = 'disable-client-password-1';
const VIEWER = '{ viewer { role } }';
const DISABLE = `mutation ($id: ID!, $reason: String) { disableApiClient(input: { id: $id, reason: $reason }) { auditSeq apiClient { disabledAt } } }`;

beforeAll(async () => {
  hub = await startTestApp();
  insurerId = (await createInsurer(hub.prisma)).id;
  const other = await createInsurer(hub.prisma);
  await createUser(hub.prisma, { username: 'ins-admin', password: PASSWORD, role: 'INSURER_ADMIN', insurerId });
  await createUser(hub.prisma, { username: 'ins-auditor', password: PASSWORD, role: 'INSURER_AUDITOR', insurerId });
  await createUser(hub.prisma, { username: 'other-admin', password: PASSWORD, role: 'INSURER_ADMIN', insurerId: other.id });
});
afterAll(() => hub?.close());

async function session(username: string): Promise<Record<string, string>> {
  const res = await post<{ login: { csrfToken: string } }>(hub, `mutation($u: String!, $p: String!) { login(input: { username: $u, password: $p }) { csrfToken } }`, { u: username, p: PASSWORD });
  return { cookie: res.setCookies.map((c) => c.split(';')[0]).join('; '), 'x-csrf-token': res.body.data!.login.csrfToken };
}

/** An acknowledged graphql-ws socket; `closed` settles with its close code. */
async function socket(key: string): Promise<{ closed: Promise<number> }> {
  const ws = new WebSocket(hub.wsUrl, 'graphql-transport-ws');
  const closed = new Promise<number>((resolve) => ws.on('close', (code) => resolve(code)));
  await new Promise<void>((resolve, reject) => {
    ws.on('open', () => ws.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${key}` } })));
    ws.on('message', (data) => ((JSON.parse(String(data)) as { type: string }).type === 'connection_ack' ? resolve() : reject(new Error(String(data)))));
    ws.on('error', reject);
  });
  return { closed };
}

describe('disableApiClient', () => {
  it('stops every key of the client at once, closes its sockets, announces each key and records the event', async () => {
    const first = await createClientWithKey(hub.prisma, { role: 'INTEGRATOR', insurerId });
    const second = await hub.prisma.apiKey.create({ data: { apiClientId: first.client.id, prefix: 'dsbl2key', keyHash: 'x'.repeat(64) } });
    // Warm the viewer cache: a disabled client must not keep working through it.
    expect((await post(hub, VIEWER, {}, { authorization: `Bearer ${first.secret}` })).status).toBe(200);
    const open = await socket(first.secret);
    const heard: string[] = [];
    const listener = hub.superuserUrl ? new pg.Client({ connectionString: hub.superuserUrl }) : null;
    if (listener) {
      await listener.connect();
      listener.on('notification', (n) => heard.push(n.payload ?? ''));
      await listener.query(`LISTEN ${CREDENTIAL_REVOKED_CHANNEL}`);
    }

    const admin = await session('ins-admin');
    const res = await post<{ disableApiClient: { auditSeq: string; apiClient: { disabledAt: string | null } } }>(
      hub, DISABLE, { id: encodeGlobalID('ApiClient', first.client.id), reason: '网关泄露 gateway leaked' }, admin,
    );
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.disableApiClient.apiClient.disabledAt).not.toBeNull();

    const refused = await post(hub, VIEWER, {}, { authorization: `Bearer ${first.secret}` });
    expect([refused.status, codes(refused), refused.body.errors?.[0]?.message]).toEqual([401, ['UNAUTHENTICATED'], 'API client is disabled']);
    expect(await open.closed).toBe(4403);

    const event = await hub.prisma.auditEvent.findFirstOrThrow({ where: { seq: BigInt(res.body.data!.disableApiClient.auditSeq) } });
    expect(event).toMatchObject({ type: 'apiClient.disabled', entityType: 'ApiClient', entityId: first.client.id, actorType: 'USER', insurerId });
    expect(event.data).toMatchObject({ keys: 2, reason: '网关泄露 gateway leaked' });
    expect(JSON.stringify(event.data)).not.toContain(first.secret);

    if (listener) {
      // Other replicas drop their cached viewers and close their sockets on these.
      await expect.poll(() => [...heard].sort()).toEqual([first.key.id, second.id].sort());
      await listener.end();
    } else {
      expect(process.env.TEST_DB).toBe('embedded');
    }

    // Disabled means disabled: a second disable and a new key are conflicts, without event.
    const before = await hub.prisma.auditEvent.count();
    expect(codes(await post(hub, DISABLE, { id: encodeGlobalID('ApiClient', first.client.id) }, admin))).toEqual(['CONFLICT']);
    const issue = await post(hub, `mutation($id: ID!) { issueApiKey(input: { apiClientId: $id }) { key } }`, { id: encodeGlobalID('ApiClient', first.client.id) }, admin);
    expect(codes(issue)).toEqual(['CONFLICT']);
    expect(await hub.prisma.auditEvent.count()).toBe(before);
  });

  it('is refused to another insurer’s admin (NOT_FOUND), an auditor and the client itself (FORBIDDEN), changing nothing', async () => {
    const target = await createClientWithKey(hub.prisma, { role: 'INTEGRATOR', insurerId });
    const id = encodeGlobalID('ApiClient', target.client.id);
    expect(codes(await post(hub, DISABLE, { id }, await session('other-admin')))).toEqual(['NOT_FOUND']);
    expect(codes(await post(hub, DISABLE, { id }, await session('ins-auditor')))).toEqual(['FORBIDDEN']);
    expect(codes(await post(hub, DISABLE, { id }, { authorization: `Bearer ${target.secret}` }))).toEqual(['FORBIDDEN']);
    // A global id of another type is refused as input, not looked up.
    expect(codes(await post(hub, DISABLE, { id: encodeGlobalID('ApiKey', target.key.id) }, await session('ins-admin')))).toEqual(['BAD_USER_INPUT']);
    expect((await hub.prisma.apiClient.findUniqueOrThrow({ where: { id: target.client.id } })).disabledAt).toBeNull();
    expect(await hub.prisma.auditEvent.count({ where: { type: 'apiClient.disabled', entityId: target.client.id } })).toBe(0);
    expect((await post(hub, VIEWER, {}, { authorization: `Bearer ${target.secret}` })).status).toBe(200);
  });
});
