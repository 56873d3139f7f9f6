import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { startTestApp, post, codes, type TestApp } from '../support/access-app.js';
import { createUser } from '../support/access-world.js';
import { logInAt, sessionSocket } from '../support/credential-sockets.js';
import { createInsurer, createProvider } from '../factories/records.js';

/**
 * Staff accounts after their creation, over real HTTP and real WebSockets: disableUser ends
 * every session of the user (HTTP 401, open sockets closed with 4403, new sockets and logins
 * refused), enableUser lets the user log in anew, and changeUserRole closes the user's open
 * sockets so that nothing keeps running with the old role (a reconnect runs with the new one,
 * HTTP sees it at once). Only the account's insurer admin (or the platform admin) may, never
 * on their own account; every change is an audit event.
 */
let hub: TestApp;
let insurerId: string;
let providerId: string;
const PASSWORD = 'user-status-password-1';
const VIEWER = '{ viewer { role } }';
const DISABLE = `mutation ($id: ID!, $reason: String) { disableUser(input: { id: $id, reason: $reason }) { auditSeq user { disabledAt } } }`;
const ENABLE = `mutation ($id: ID!) { enableUser(input: { id: $id }) { auditSeq user { disabledAt } } }`;
const CHANGE = `mutation ($id: ID!, $role: UserRole!) { changeUserRole(input: { id: $id, role: $role }) { auditSeq user { role } } }`;
let adminId: string;
let admin: Record<string, string>;

beforeAll(async () => {
  hub = await startTestApp();
  insurerId = (await createInsurer(hub.prisma)).id;
  providerId = (await createProvider(hub.prisma, { insurerId })).id;
  const other = await createInsurer(hub.prisma);
  adminId = (await createUser(hub.prisma, { username: 'ins-admin', password: PASSWORD, role: 'INSURER_ADMIN', insurerId })).id;
  await createUser(hub.prisma, { username: 'ins-auditor', password: PASSWORD, role: 'INSURER_AUDITOR', insurerId });
  await createUser(hub.prisma, { username: 'other-admin', password: PASSWORD, role: 'INSURER_ADMIN', insurerId: other.id });
  admin = await headers('ins-admin');
});
afterAll(() => hub?.close());

async function headers(username: string): Promise<Record<string, string>> {
  const { cookie, csrf } = await logInAt(hub.graphqlUrl, username, PASSWORD);
  return { cookie, 'x-csrf-token': csrf };
}

const gid = (id: string) => encodeGlobalID('User', id);
const staff = (username: string, role: 'INSURER_VIEWER' | 'PROVIDER_STAFF') =>
  createUser(hub.prisma, { username, password: PASSWORD, role, ...(role === 'PROVIDER_STAFF' ? { providerId } : { insurerId }) });

describe('disableUser and enableUser', () => {
  it('ends every session of the user on HTTP and sockets, refuses new ones, and lets the user back in once enabled', async () => {
    const user = await staff('viewer.d', 'INSURER_VIEWER');
    const session = await logInAt(hub.graphqlUrl, 'viewer.d', PASSWORD);
    const cookie = { cookie: session.cookie, 'x-csrf-token': session.csrf };
    const open = sessionSocket(hub.wsUrl, session);
    expect(await open.acked).toBe(true);

    const res = await post<{ disableUser: { auditSeq: string } }>(hub, DISABLE, { id: gid(user.id), reason: '离职 left' }, admin);
    expect(res.body.errors).toBeUndefined();
    expect(await open.closed).toBe(4403);
    expect((await post(hub, VIEWER, {}, cookie)).status).toBe(401);
    const refused = sessionSocket(hub.wsUrl, session);
    expect([await refused.acked, await refused.closed]).toEqual([false, 4403]);
    await expect(logInAt(hub.graphqlUrl, 'viewer.d', PASSWORD)).rejects.toThrow(/UNAUTHENTICATED/);
    const event = await hub.prisma.auditEvent.findFirstOrThrow({ where: { seq: BigInt(res.body.data!.disableUser.auditSeq) } });
    expect(event).toMatchObject({ type: 'user.disabled', entityType: 'User', entityId: user.id, actorId: adminId, insurerId });
    expect(event.data).toMatchObject({ username: 'viewer.d', sessions: 1, reason: '离职 left' });

    const enabled = await post<{ enableUser: { auditSeq: string; user: { disabledAt: string | null } } }>(hub, ENABLE, { id: gid(user.id) }, admin);
    expect(enabled.body.data?.enableUser.user.disabledAt).toBeNull();
    expect((await hub.prisma.auditEvent.findFirstOrThrow({ where: { seq: BigInt(enabled.body.data!.enableUser.auditSeq) } })).type).toBe('user.enabled');
    // The old session stays ended; a new login works.
    expect((await post(hub, VIEWER, {}, cookie)).status).toBe(401);
    const fresh = sessionSocket(hub.wsUrl, await logInAt(hub.graphqlUrl, 'viewer.d', PASSWORD));
    expect((await fresh.run<{ viewer: { role: string } }>(VIEWER)).data?.viewer.role).toBe('INSURER_VIEWER');
    fresh.close();
  });

  it('files a provider staff member’s events under the provider’s insurer', async () => {
    const user = await staff('clinic.d', 'PROVIDER_STAFF');
    const res = await post<{ disableUser: { auditSeq: string } }>(hub, DISABLE, { id: gid(user.id) }, admin);
    const event = await hub.prisma.auditEvent.findFirstOrThrow({ where: { seq: BigInt(res.body.data!.disableUser.auditSeq) } });
    expect(event).toMatchObject({ type: 'user.disabled', insurerId, providerId });
  });
});

describe('changeUserRole', () => {
  it('closes the user’s open sockets; HTTP and a reconnected socket run with the new role', async () => {
    const user = await staff('viewer.r', 'INSURER_VIEWER');
    const session = await logInAt(hub.graphqlUrl, 'viewer.r', PASSWORD);
    const open = sessionSocket(hub.wsUrl, session);
    expect((await open.run<{ viewer: { role: string } }>(VIEWER)).data?.viewer.role).toBe('INSURER_VIEWER');

    const res = await post<{ changeUserRole: { auditSeq: string; user: { role: string } } }>(hub, CHANGE, { id: gid(user.id), role: 'INSURER_AUDITOR' }, admin);
    expect(res.body.data?.changeUserRole.user.role).toBe('INSURER_AUDITOR');
    expect(await open.closed).toBe(4403);
    const http = await post<{ viewer: { role: string } }>(hub, VIEWER, {}, { cookie: session.cookie, 'x-csrf-token': session.csrf });
    expect(http.body.data?.viewer.role).toBe('INSURER_AUDITOR');
    const reconnected = sessionSocket(hub.wsUrl, session);
    expect((await reconnected.run<{ viewer: { role: string } }>(VIEWER)).data?.viewer.role).toBe('INSURER_AUDITOR');
    reconnected.close();
    const event = await hub.prisma.auditEvent.findFirstOrThrow({ where: { seq: BigInt(res.body.data!.changeUserRole.auditSeq) } });
    expect(event).toMatchObject({ type: 'user.roleChanged', entityId: user.id, insurerId });
    expect(event.data).toMatchObject({ role: 'INSURER_AUDITOR', previousRole: 'INSURER_VIEWER', sessions: 1 });
  });

  it('closes a socket on its next operation when the role changed behind the process’s back', async () => {
    const user = await staff('viewer.sql', 'INSURER_VIEWER');
    const open = sessionSocket(hub.wsUrl, await logInAt(hub.graphqlUrl, 'viewer.sql', PASSWORD));
    expect(await open.acked).toBe(true);
    // As an operator's SQL (or a replica whose NOTIFY was lost) would: no announcement.
    await hub.prisma.user.update({ where: { id: user.id }, data: { role: 'INSURER_ADMIN' } });
    const result = await open.run(VIEWER);
    expect(result.errors?.[0]?.extensions?.code ?? result.errors?.[0]?.message).toMatch(/UNAUTHENTICATED|socket closed/);
    expect(await open.closed).toBe(4403);
  });
});

describe('refusals change nothing', () => {
  it('refuses one’s own account, another insurer, an auditor, another binding, no change, bad input', async () => {
    const viewer = await staff('viewer.x', 'INSURER_VIEWER');
    const clinic = await staff('clinic.x', 'PROVIDER_STAFF');
    const snapshot = async () => ({
      users: await hub.prisma.user.findMany({ where: { id: { in: [viewer.id, clinic.id, adminId] } }, select: { role: true, disabledAt: true }, orderBy: { id: 'asc' } }),
      events: await hub.prisma.auditEvent.count({ where: { type: { in: ['user.disabled', 'user.enabled', 'user.roleChanged'] } } }),
    });
    const before = await snapshot();

    const self = await post(hub, DISABLE, { id: gid(adminId) }, admin);
    expect([codes(self), self.body.errors?.[0]?.extensions?.messageZh]).toEqual([['FORBIDDEN'], '不能对自己的账户执行此操作（停用），请由另一位管理员操作']);
    expect(codes(await post(hub, CHANGE, { id: gid(adminId), role: 'INSURER_VIEWER' }, admin))).toEqual(['FORBIDDEN']);
    expect(codes(await post(hub, DISABLE, { id: gid(viewer.id) }, await headers('other-admin')))).toEqual(['NOT_FOUND']);
    expect(codes(await post(hub, CHANGE, { id: gid(viewer.id), role: 'INSURER_ADMIN' }, await headers('ins-auditor')))).toEqual(['FORBIDDEN']);
    const binding = await post(hub, CHANGE, { id: gid(clinic.id), role: 'INSURER_ADMIN' }, admin);
    expect([codes(binding), JSON.stringify(binding.body.errors)]).toEqual([['BAD_USER_INPUT'], expect.stringContaining('role')]);
    expect(codes(await post(hub, CHANGE, { id: gid(viewer.id), role: 'PLATFORM_ADMIN' }, admin))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await post(hub, CHANGE, { id: gid(viewer.id), role: 'INSURER_VIEWER' }, admin))).toEqual(['CONFLICT']);
    expect(codes(await post(hub, ENABLE, { id: gid(viewer.id) }, admin))).toEqual(['CONFLICT']);
    expect(codes(await post(hub, DISABLE, { id: encodeGlobalID('ApiClient', viewer.id) }, admin))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await post(hub, DISABLE, { id: gid(viewer.id), reason: 'x'.repeat(501) }, admin))).toEqual(['BAD_USER_INPUT']);

    expect(await snapshot()).toEqual(before);
  });
});
