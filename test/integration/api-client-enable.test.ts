import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { startTestApp, post, codes, type TestApp } from '../support/access-app.js';
import { createClientWithKey, createUser } from '../support/access-world.js';
import { keySocket } from '../support/credential-sockets.js';
import { createInsurer } from '../factories/records.js';

/**
 * enableApiClient undoes disableApiClient. While disabled, the client's key is refused on
 * every way in: HTTP, an open socket (closed with 4403) and a new socket's connection_init.
 * Enabled again, its keys that are neither revoked nor expired work on all three, keys can be
 * issued again, and the audit event says how many keys came back. Only the client's insurer
 * admin (or the platform admin) may do it, with valid input, and only to a disabled client.
 */
let hub: TestApp;
let insurerId: string;
const PASSWORD = 'enable-client-password-1';
const VIEWER = '{ viewer { role } }';
const DISABLE = `mutation ($id: ID!) { disableApiClient(input: { id: $id }) { auditSeq } }`;
const ENABLE = `mutation ($id: ID!, $reason: String) { enableApiClient(input: { id: $id, reason: $reason }) { auditSeq apiClient { disabledAt } } }`;
let admin: Record<string, string>;

beforeAll(async () => {
  hub = await startTestApp();
  insurerId = (await createInsurer(hub.prisma)).id;
  const other = await createInsurer(hub.prisma);
  await createUser(hub.prisma, { username: 'ins-admin', password: PASSWORD, role: 'INSURER_ADMIN', insurerId });
  await createUser(hub.prisma, { username: 'ins-auditor', password: PASSWORD, role: 'INSURER_AUDITOR', insurerId });
  await createUser(hub.prisma, { username: 'other-admin', password: PASSWORD, role: 'INSURER_ADMIN', insurerId: other.id });
  admin = await session('ins-admin');
});
afterAll(() => hub?.close());

async function session(username: string): Promise<Record<string, string>> {
  const res = await post<{ login: { csrfToken: string } }>(hub, `mutation($u: String!, $p: String!) { login(input: { username: $u, password: $p }) { csrfToken } }`, { u: username, p: PASSWORD });
  return { cookie: res.setCookies.map((c) => c.split(';')[0]).join('; '), 'x-csrf-token': res.body.data!.login.csrfToken };
}

const bearer = (secret: string) => ({ authorization: `Bearer ${secret}` });

describe('enableApiClient', () => {
  it('brings back the keys a disable stopped on HTTP and sockets, but not a key revoked meanwhile', async () => {
    const target = await createClientWithKey(hub.prisma, { role: 'INTEGRATOR', insurerId });
    const id = encodeGlobalID('ApiClient', target.client.id);
    const open = keySocket(hub.wsUrl, target.secret);
    expect(await open.acked).toBe(true);

    expect(codes(await post(hub, DISABLE, { id }, admin))).toEqual([]);
    expect(await open.closed).toBe(4403);
    expect((await post(hub, VIEWER, {}, bearer(target.secret))).status).toBe(401);
    // A new socket with the disabled client's key is refused at connection_init.
    const refused = keySocket(hub.wsUrl, target.secret);
    expect(await refused.acked).toBe(false);
    expect(await refused.closed).toBe(4403);

    // A second key, revoked while the client was disabled, stays revoked after the enable.
    const leaked = await hub.prisma.apiKey.create({ data: { apiClientId: target.client.id, prefix: 'enblleak', keyHash: 'y'.repeat(64) } });
    const revoke = await post(hub, `mutation($id: ID!) { revokeApiKey(input: { id: $id }) { auditSeq } }`, { id: encodeGlobalID('ApiKey', leaked.id) }, admin);
    expect(codes(revoke)).toEqual([]);

    const res = await post<{ enableApiClient: { auditSeq: string; apiClient: { disabledAt: string | null } } }>(hub, ENABLE, { id, reason: '合同续签 contract renewed' }, admin);
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.enableApiClient.apiClient.disabledAt).toBeNull();
    const event = await hub.prisma.auditEvent.findFirstOrThrow({ where: { seq: BigInt(res.body.data!.enableApiClient.auditSeq) } });
    expect(event).toMatchObject({ type: 'apiClient.enabled', entityType: 'ApiClient', entityId: target.client.id, actorType: 'USER', insurerId });
    expect(event.data).toMatchObject({ usableKeys: 1, reason: '合同续签 contract renewed' });

    const viewer = await post<{ viewer: { role: string } }>(hub, VIEWER, {}, bearer(target.secret));
    expect([viewer.status, viewer.body.data?.viewer.role]).toEqual([200, 'INTEGRATOR']);
    const again = keySocket(hub.wsUrl, target.secret);
    expect(await again.acked).toBe(true);
    expect((await again.run<{ viewer: { role: string } }>(VIEWER)).data?.viewer.role).toBe('INTEGRATOR');
    again.close();
    const issued = await post(hub, `mutation($id: ID!) { issueApiKey(input: { apiClientId: $id }) { key } }`, { id }, admin);
    expect(codes(issued)).toEqual([]);
  });

  it('refuses, writing nothing: a client not disabled, another insurer’s admin, an auditor, the client itself, bad input', async () => {
    const target = await createClientWithKey(hub.prisma, { role: 'INTEGRATOR', insurerId });
    const id = encodeGlobalID('ApiClient', target.client.id);
    const enabledEvents = () => hub.prisma.auditEvent.count({ where: { type: 'apiClient.enabled', entityId: target.client.id } });
    const conflict = await post(hub, ENABLE, { id }, admin);
    expect([codes(conflict), conflict.body.errors?.[0]?.message, conflict.body.errors?.[0]?.extensions?.messageZh]).toEqual([
      ['CONFLICT'],
      'The API client is not disabled',
      'API 客户端未停用',
    ]);

    expect(codes(await post(hub, DISABLE, { id }, admin))).toEqual([]);
    expect(codes(await post(hub, ENABLE, { id }, await session('other-admin')))).toEqual(['NOT_FOUND']);
    expect(codes(await post(hub, ENABLE, { id }, await session('ins-auditor')))).toEqual(['FORBIDDEN']);
    const other = await createClientWithKey(hub.prisma, { role: 'INTEGRATOR', insurerId });
    expect(codes(await post(hub, ENABLE, { id }, bearer(other.secret)))).toEqual(['FORBIDDEN']);
    expect(codes(await post(hub, ENABLE, { id: encodeGlobalID('ApiKey', target.key.id) }, admin))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await post(hub, ENABLE, { id, reason: 'x'.repeat(501) }, admin))).toEqual(['BAD_USER_INPUT']);

    expect((await hub.prisma.apiClient.findUniqueOrThrow({ where: { id: target.client.id } })).disabledAt).not.toBeNull();
    expect(await enabledEvents()).toBe(0);
    expect((await post(hub, VIEWER, {}, bearer(target.secret))).status).toBe(401);
  });
});
