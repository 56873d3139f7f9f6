import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestHub, type TestHub } from '../support/hub.js';
import { createInsurer, createProvider } from '../factories/records.js';
import { insurerAdmin, insurerViewer, platformAdmin } from '../factories/viewers.js';
import { auditCount, eventBySeq, gid, ok, refused } from './mutation-helpers.js';
import { verifyPassword } from '../../server/auth/password.js';

/** Staff accounts: who may create which, the audit row, and that the password never leaks. */
let hub: TestHub;
let insurerA: { id: string };
let insurerB: { id: string };
let providerB: { id: string };

const CREATE = `mutation Create($input: CreateUserInput!) { createUser(input: $input) { auditSeq user { username role insurer { id } provider { id } } } }`;
const PASSWORD = 'a long enough password';

beforeAll(async () => {
  hub = await createTestHub();
  insurerA = await createInsurer(hub.prisma);
  insurerB = await createInsurer(hub.prisma);
  providerB = await createProvider(hub.prisma, { insurerId: insurerB.id });
});
afterAll(() => hub?.close());

describe('createUser', () => {
  it('creates an insurer auditor with a hashed password and an audit event without it', async () => {
    const admin = insurerAdmin(insurerA.id);
    const data = ok(
      await hub.exec(
        CREATE,
        { input: { username: 'auditor.a', password: PASSWORD, displayName: '稽核员 A', role: 'INSURER_AUDITOR', insurerId: gid('Insurer', insurerA.id) } },
        admin,
      ),
    ) as { createUser: { auditSeq: string; user: { role: string } } };
    expect(data.createUser.user.role).toBe('INSURER_AUDITOR');
    const row = await hub.prisma.user.findUniqueOrThrow({ where: { username: 'auditor.a' } });
    expect(row.passwordHash).not.toContain(PASSWORD);
    expect(await verifyPassword(PASSWORD, row.passwordHash)).toBe(true);
    const event = await eventBySeq(hub, data.createUser.auditSeq);
    expect(event).toMatchObject({ type: 'user.created', entityType: 'User', entityId: row.id, actorId: admin.actorId, insurerId: insurerA.id });
    expect(JSON.stringify(event.data)).not.toContain(PASSWORD);
  });

  it('refuses, writing nothing: another insurer, a platform admin by an insurer admin, a viewer, a short password, a taken name', async () => {
    const before = { users: await hub.prisma.user.count(), events: await auditCount(hub) };
    const attempt = (input: Record<string, unknown>, viewer = insurerAdmin(insurerA.id)) =>
      hub.exec(CREATE, { input: { username: 'x.user', password: PASSWORD, displayName: 'X', ...input } }, viewer);

    refused(await attempt({ role: 'INSURER_VIEWER', insurerId: gid('Insurer', insurerB.id) }), 'NOT_FOUND');
    refused(await attempt({ role: 'PROVIDER_STAFF', providerId: gid('Provider', providerB.id) }), 'NOT_FOUND');
    refused(await attempt({ role: 'PLATFORM_ADMIN' }), 'BAD_USER_INPUT');
    refused(await attempt({ role: 'INSURER_VIEWER', insurerId: gid('Insurer', insurerA.id) }, insurerViewer(insurerA.id)), 'FORBIDDEN');
    const short = refused(await attempt({ role: 'INSURER_VIEWER', insurerId: gid('Insurer', insurerA.id), password: 'short' }), 'BAD_USER_INPUT');
    expect(JSON.stringify(short.fields)).toContain('password');
    refused(await attempt({ role: 'INSURER_VIEWER', insurerId: gid('Insurer', insurerA.id), username: 'auditor.a' }), 'CONFLICT');

    expect({ users: await hub.prisma.user.count(), events: await auditCount(hub) }).toEqual(before);
  });

  it('lets a platform admin create provider staff of any insurer', async () => {
    const data = ok(
      await hub.exec(
        CREATE,
        { input: { username: 'staff.b', password: PASSWORD, displayName: '医保办 B', role: 'PROVIDER_STAFF', providerId: gid('Provider', providerB.id) } },
        platformAdmin(),
      ),
    ) as { createUser: { auditSeq: string } };
    const event = await eventBySeq(hub, data.createUser.auditSeq);
    expect(event).toMatchObject({ insurerId: insurerB.id, providerId: providerB.id });
  });
});
