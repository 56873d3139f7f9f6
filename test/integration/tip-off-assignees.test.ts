import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../server/db/generated/prisma/enums.js';
import { createTestHub, type TestHub } from '../support/hub.js';
import {
  insurerAdmin,
  insurerAuditor,
  insurerViewer,
  partnerViewer,
  platformAdmin,
} from '../factories/viewers.js';
import { createAgreement, createInsurer, createPartner, createProvider, createTipOff, uniq } from '../factories/records.js';
import { eventBySeq, gid, ok, refused } from './mutation-helpers.js';

/**
 * Whoever may assign a tip-off (admins and auditors) picks the investigating staff member by
 * name: the admins and auditors of the tip-off's insurer, nobody else, names only.
 */
let hub: TestHub;
let insurer: { id: string };
let other: { id: string };
let partner: { id: string };
let tipOffId: string;
let otherTipOffId: string;
const staff: Record<string, string> = {};

async function user(name: string, role: Role, tenant: { insurerId?: string; providerId?: string }, disabled = false) {
  const u = await hub.prisma.user.create({
    data: {
      username: uniq('u-'),
      passwordHash: 'x',
      displayName: name,
      role,
      insurerId: tenant.insurerId ?? null,
      providerId: tenant.providerId ?? null,
      disabledAt: disabled ? new Date() : null,
    },
  });
  staff[name] = u.id;
}

beforeAll(async () => {
  hub = await createTestHub();
  insurer = await createInsurer(hub.prisma);
  other = await createInsurer(hub.prisma);
  partner = await createPartner(hub.prisma);
  await createAgreement(hub.prisma, { insurerId: insurer.id, partnerId: partner.id, entrustedWork: ['CASE_RECORD_REVIEW'] });
  const provider = await createProvider(hub.prisma, { insurerId: insurer.id });
  await user('王管理员', 'INSURER_ADMIN', { insurerId: insurer.id });
  await user('李稽核员', 'INSURER_AUDITOR', { insurerId: insurer.id });
  // Not assignable: a read-only viewer, a disabled auditor, a provider's staff, another insurer's auditor.
  await user('赵查询员', 'INSURER_VIEWER', { insurerId: insurer.id });
  await user('钱离职', 'INSURER_AUDITOR', { insurerId: insurer.id }, true);
  await user('孙医院', 'PROVIDER_STAFF', { providerId: provider.id });
  await user('周外局', 'INSURER_AUDITOR', { insurerId: other.id });
  tipOffId = gid('TipOff', (await createTipOff(hub.prisma, { insurerId: insurer.id })).id);
  otherTipOffId = gid('TipOff', (await createTipOff(hub.prisma, { insurerId: other.id })).id);
});
afterAll(() => hub?.close());

const STAFF = `query ($id: ID!) { node(id: $id) { ... on TipOff { number assignableStaff { userId displayName } } } }`;
type Staff = { node: { number: string; assignableStaff: { userId: string; displayName: string }[] | null } | null };
const ASSIGN = `mutation ($input: AssignTipOffInput!) { assignTipOff(input: $input) { auditSeq tipOff { status assigneeUserId assigneeName } } }`;

const names = (data: Staff) => data.node?.assignableStaff?.map((s) => s.displayName);

describe('assignable staff of a tip-off', () => {
  it("offers an auditor its insurer's admins and auditors by name, and assigns by the id it gives", async () => {
    const auditor = insurerAuditor(insurer.id);
    const data = ok(await hub.exec<Staff>(STAFF, { id: tipOffId }, auditor));
    expect(names(data)).toEqual(['李稽核员', '王管理员'].sort());
    const li = data.node!.assignableStaff!.find((s) => s.displayName === '李稽核员')!;
    expect(li.userId).toBe(staff['李稽核员']);
    const a = ok(
      await hub.exec<{ assignTipOff: { auditSeq: string; tipOff: Record<string, unknown> } }>(
        ASSIGN,
        { input: { id: tipOffId, expectedVersion: 1, assigneeUserId: li.userId } },
        auditor,
      ),
    ).assignTipOff;
    expect(a.tipOff).toMatchObject({ status: 'INVESTIGATING', assigneeUserId: li.userId, assigneeName: '李稽核员' });
    expect(await eventBySeq(hub, a.auditSeq)).toMatchObject({
      type: 'tipOff.assigned',
      data: expect.objectContaining({ assigneeUserId: li.userId }),
    });
  });

  it("offers the insurer's admin and the platform admin the same people, never another insurer's", async () => {
    for (const viewer of [insurerAdmin(insurer.id), platformAdmin()])
      expect(names(ok(await hub.exec<Staff>(STAFF, { id: tipOffId }, viewer)))).toEqual(['李稽核员', '王管理员'].sort());
    // The other insurer's tip-off offers its own staff only.
    expect(names(ok(await hub.exec<Staff>(STAFF, { id: otherTipOffId }, platformAdmin())))).toEqual(['周外局']);
  });

  it('refuses the list to roles that may not assign, and hides it from another insurer', async () => {
    // The partner investigating the tip-off reads it, but not who else could.
    const assignedToPartner = await createTipOff(hub.prisma, { insurerId: insurer.id, status: 'INVESTIGATING', assigneePartnerId: partner.id });
    const asPartner = await hub.exec<Staff>(STAFF, { id: gid('TipOff', assignedToPartner.id) }, partnerViewer(partner.id));
    refused(asPartner, 'FORBIDDEN');
    expect(JSON.stringify(asPartner.data)).not.toContain('王管理员');
    const asViewer = await hub.exec<Staff>(STAFF, { id: tipOffId }, insurerViewer(insurer.id));
    refused(asViewer, 'FORBIDDEN');
    expect(JSON.stringify(asViewer.data)).not.toContain('王管理员');
    // Another insurer's auditor cannot reach the tip-off, so not its staff either.
    expect(ok(await hub.exec<Staff>(STAFF, { id: tipOffId }, insurerAuditor(other.id))).node).toBeNull();
  });
});
