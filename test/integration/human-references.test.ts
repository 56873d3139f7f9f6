import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestHub, type TestHub } from '../support/hub.js';
import { insurerAdmin, insurerViewer } from '../factories/viewers.js';
import {
  createAgreement,
  createAuditRule,
  createFinding,
  createInsurer,
  createPenalty,
  createProvider,
  createTipOff,
  uniq,
} from '../factories/records.js';
import { gid, ok } from './mutation-helpers.js';

/**
 * Where a record points at another one the console shows to people, the API gives the other
 * record's human reference (a penalty's number, a colleague's name), so no page shows a raw id.
 */
let hub: TestHub;
let insurer: { id: string };
let other: { id: string };
let provider: { id: string };
let penalty: { id: string; number: string };

beforeAll(async () => {
  hub = await createTestHub();
  insurer = await createInsurer(hub.prisma);
  other = await createInsurer(hub.prisma);
  provider = await createProvider(hub.prisma, { insurerId: insurer.id });
  const agreement = await createAgreement(hub.prisma, { insurerId: insurer.id, providerId: provider.id });
  const finding = await createFinding(hub.prisma, { agreementId: agreement.id });
  penalty = await createPenalty(hub.prisma, { findingId: finding.id, status: 'EXECUTED' });
});
afterAll(() => hub.close());

const PENALTY_OF = `query ($id: ID!) { node(id: $id) {
  ... on DispatchedDocument { penalty { id number } }
  ... on Referral { penalty { id number } } } }`;

describe('human references instead of raw ids', () => {
  it("names the penalty a dispatched document or a referral follows by its number; another insurer's admin sees neither", async () => {
    const tenant = { insurerId: insurer.id, providerId: provider.id, penaltyId: penalty.id };
    const document = await hub.prisma.dispatchedDocument.create({
      data: {
        ...tenant,
        kind: 'HEALTH_AUTHORITY_NOTICE',
        recipient: '卫生健康委员会',
        documentRef: uniq('TZ-'),
        dispatchedAt: new Date(),
      },
    });
    const referral = await hub.prisma.referral.create({
      data: {
        ...tenant,
        kind: 'JUDICIAL',
        receivingAuthority: '公安机关',
        documentRef: uniq('YS-'),
        referredAt: new Date(),
      },
    });
    for (const [type, id] of [
      ['DispatchedDocument', document.id],
      ['Referral', referral.id],
    ] as const) {
      const shown = ok(
        await hub.exec<{ node: unknown }>(PENALTY_OF, { id: gid(type, id) }, insurerViewer(insurer.id)),
      ).node;
      expect(shown).toEqual({ penalty: { id: gid('Penalty', penalty.id), number: penalty.number } });
      const denied = ok(
        await hub.exec<{ node: unknown }>(PENALTY_OF, { id: gid(type, id) }, insurerAdmin(other.id)),
      ).node;
      expect(denied).toBeNull();
    }
  });

  it("gives the tip-off's assigned staff member by display name, to the insurer's staff only", async () => {
    const user = await hub.prisma.user.create({
      data: {
        username: uniq('u-'),
        passwordHash: 'x',
        displayName: '张稽核',
        role: 'INSURER_AUDITOR',
        insurerId: insurer.id,
      },
    });
    const tipOff = await createTipOff(hub.prisma, {
      insurerId: insurer.id,
      status: 'INVESTIGATING',
      assigneeUserId: user.id,
    });
    const TIP_OFF = `query ($id: ID!) { node(id: $id) { ... on TipOff { assigneeName } } }`;
    const id = gid('TipOff', tipOff.id);
    expect(ok(await hub.exec<{ node: unknown }>(TIP_OFF, { id }, insurerViewer(insurer.id))).node).toEqual({
      assigneeName: '张稽核',
    });
    expect(ok(await hub.exec<{ node: unknown }>(TIP_OFF, { id }, insurerAdmin(other.id))).node).toBeNull();
  });

  it('names who tuned a rule version, for its own insurer only', async () => {
    const user = await hub.prisma.user.create({
      data: {
        username: uniq('u-'),
        passwordHash: 'x',
        displayName: '李管理',
        role: 'INSURER_ADMIN',
        insurerId: insurer.id,
      },
    });
    const rule = await createAuditRule(hub.prisma, { insurerId: insurer.id });
    await hub.prisma.auditRuleVersion.create({
      data: {
        ruleId: rule.id,
        insurerId: insurer.id,
        version: 1,
        parameters: {},
        judgementLevel: 'SUSPECTED',
        blocking: false,
        active: true,
        actorType: 'USER',
        actorId: user.id,
      },
    });
    const RULE = `query ($id: ID!) { node(id: $id) { ... on AuditRule { versions { actorName } } } }`;
    const id = gid('AuditRule', rule.id);
    expect(ok(await hub.exec<{ node: unknown }>(RULE, { id }, insurerViewer(insurer.id))).node).toEqual({
      versions: [{ actorName: '李管理' }],
    });
    expect(ok(await hub.exec<{ node: unknown }>(RULE, { id }, insurerAdmin(other.id))).node).toBeNull();
  });
});
