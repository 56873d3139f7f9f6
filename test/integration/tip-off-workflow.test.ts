import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestHub, type TestHub } from '../support/hub.js';
import {
  insurerAdmin,
  insurerAuditor,
  insurerViewer,
  integrator,
  partnerViewer,
  platformAdmin,
  providerStaff,
} from '../factories/viewers.js';
import {
  createAgreement,
  createInsurer,
  createPartner,
  createProvider,
  createTipOff,
} from '../factories/records.js';
import { eventBySeq, expectNoChange, gid, ok, rawOf } from './mutation-helpers.js';

let hub: TestHub;
let insurer: { id: string };
let provider: { id: string };
let partner: { id: string };
let stranger: { id: string };
const SECRET = '13912345678 李举报人';

beforeAll(async () => {
  hub = await createTestHub();
  insurer = await createInsurer(hub.prisma);
  provider = await createProvider(hub.prisma, { insurerId: insurer.id });
  partner = await createPartner(hub.prisma);
  stranger = await createPartner(hub.prisma);
  await createAgreement(hub.prisma, {
    insurerId: insurer.id,
    partnerId: partner.id,
    entrustedWork: ['CASE_RECORD_REVIEW'],
  });
});
afterAll(() => hub.close());

const RECEIVE = `mutation ($input: ReceiveTipOffInput!) { receiveTipOff(input: $input) { auditSeq tipOff { id reporterContact } } }`;
const ASSIGN = `mutation ($input: AssignTipOffInput!) { assignTipOff(input: $input) { auditSeq tipOff { status version investigationDueOn reporterContact assigneePartner { id } } } }`;
const VERIFY = `mutation ($input: VerifyTipOffInput!) { verifyTipOff(input: $input) { auditSeq tipOff { status rewardFen version reporterContact } } }`;
const APPROVE = `mutation ($input: TipOffStepInput!) { approveTipOffReward(input: $input) { auditSeq tipOff { status version } } }`;
const PAY = `mutation ($input: PayTipOffRewardInput!) { payTipOffReward(input: $input) { auditSeq tipOff { status rewardPaymentRef rewardPaidAt } } }`;
const READ = `query ($id: ID!) { node(id: $id) { ... on TipOff { number summary reporterContact status } } assignedTipOffs { totalCount edges { node { number reporterContact } } } }`;

describe('tip-offs worked through: received → investigating → verified → reward approved → paid', () => {
  it('runs the whole workflow, each step an event; the identity is in no event', async () => {
    const auditor = insurerAuditor(insurer.id);
    const admin = insurerAdmin(insurer.id);
    const r = ok(
      await hub.exec<{
        receiveTipOff: { auditSeq: string; tipOff: { id: string; reporterContact: string } };
      }>(
        RECEIVE,
        {
          input: {
            providerId: gid('Provider', provider.id),
            channel: 'PHONE',
            summary: '冒名住院',
            reporterContact: SECRET,
          },
        },
        auditor,
      ),
    ).receiveTipOff;
    expect(r.tipOff.reporterContact).toBe(SECRET);
    const id = r.tipOff.id;
    const a = ok(
      await hub.exec<{ assignTipOff: { auditSeq: string; tipOff: Record<string, unknown> } }>(
        ASSIGN,
        { input: { id, expectedVersion: 1, assigneePartnerId: gid('Partner', partner.id) } },
        auditor,
      ),
    ).assignTipOff;
    expect(a.tipOff).toMatchObject({
      status: 'INVESTIGATING',
      assigneePartner: { id: gid('Partner', partner.id) },
    });
    expect(await eventBySeq(hub, a.auditSeq)).toMatchObject({
      type: 'tipOff.assigned',
      partnerId: partner.id,
      providerId: null,
    });
    const v = ok(
      await hub.exec<{ verifyTipOff: { auditSeq: string; tipOff: { version: number } } }>(
        VERIFY,
        { input: { id, expectedVersion: 2, outcome: 'VERIFIED', verifiedAmountFen: 8_000_000 } },
        auditor,
      ),
    ).verifyTipOff;
    expect(v.tipOff).toMatchObject({ status: 'VERIFIED', rewardFen: 80_000 });
    await expectNoChange(
      hub,
      () => hub.prisma.tipOff.findUniqueOrThrow({ where: { id: rawOf(id) } }),
      () => hub.exec(APPROVE, { input: { id, expectedVersion: 3 } }, auditor),
      'FORBIDDEN',
    );
    const ap = ok(
      await hub.exec<{ approveTipOffReward: { auditSeq: string } }>(
        APPROVE,
        { input: { id, expectedVersion: 3 } },
        admin,
      ),
    ).approveTipOffReward;
    expect(await eventBySeq(hub, ap.auditSeq)).toMatchObject({
      type: 'tipOff.rewardApproved',
      data: expect.objectContaining({ rewardFen: '80000' }),
    });
    const p = ok(
      await hub.exec<{ payTipOffReward: { auditSeq: string; tipOff: Record<string, unknown> } }>(
        PAY,
        { input: { id, expectedVersion: 4, paymentRef: 'PZ-2026-0098' } },
        admin,
      ),
    ).payTipOffReward;
    expect(p.tipOff).toMatchObject({ status: 'REWARDED', rewardPaymentRef: 'PZ-2026-0098' });
    expect(await eventBySeq(hub, p.auditSeq)).toMatchObject({ type: 'tipOff.rewardPaid' });
    const events = await hub.prisma.auditEvent.findMany();
    expect(events.length).toBeGreaterThan(4);
    for (const e of events)
      expect(JSON.stringify(e, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v))).not.toContain(
        '13912345678',
      );
  });

  it('refuses illegal steps and bad assignees', async () => {
    const t = await createTipOff(hub.prisma, { insurerId: insurer.id });
    const id = gid('TipOff', t.id);
    const row = () => hub.prisma.tipOff.findUniqueOrThrow({ where: { id: t.id } });
    const admin = insurerAdmin(insurer.id);
    await expectNoChange(
      hub,
      row,
      () => hub.exec(APPROVE, { input: { id, expectedVersion: 1 } }, admin),
      'ILLEGAL_TRANSITION',
    );
    await expectNoChange(
      hub,
      row,
      () => hub.exec(PAY, { input: { id, expectedVersion: 1, paymentRef: 'x' } }, admin),
      'ILLEGAL_TRANSITION',
    );
    await expectNoChange(
      hub,
      row,
      () =>
        hub.exec(
          ASSIGN,
          { input: { id, expectedVersion: 1, assigneePartnerId: gid('Partner', stranger.id) } },
          admin,
        ),
      'BAD_USER_INPUT',
    );
    await expectNoChange(
      hub,
      row,
      () =>
        hub.exec(
          ASSIGN,
          { input: { id, expectedVersion: 1, assigneeUserId: '00000000-0000-7000-8000-000000000000' } },
          admin,
        ),
      'BAD_USER_INPUT',
    );
    await expectNoChange(
      hub,
      row,
      () =>
        hub.exec(
          ASSIGN,
          { input: { id, expectedVersion: 1, assigneePartnerId: gid('Partner', partner.id) } },
          insurerViewer(insurer.id),
        ),
      'FORBIDDEN',
    );
  });
});

describe('the whistle-blower’s identity', () => {
  it('appears for the insurer’s admins and auditors only: never for partners, integrators, providers, viewers or the platform operator', async () => {
    const t = await createTipOff(hub.prisma, {
      insurerId: insurer.id,
      providerId: provider.id,
      reporterContact: SECRET,
      status: 'INVESTIGATING',
      assigneePartnerId: partner.id,
    });
    const vars = { id: gid('TipOff', t.id) };
    for (const viewer of [insurerAdmin(insurer.id), insurerAuditor(insurer.id)]) {
      const r = ok(await hub.exec<{ node: { reporterContact: string } }>(READ, vars, viewer));
      expect(r.node.reporterContact).toBe(SECRET);
    }
    const denied = [
      partnerViewer(partner.id),
      partnerViewer(stranger.id),
      integrator({ insurerId: insurer.id }),
      integrator({ partnerId: partner.id }),
      providerStaff(provider.id),
      insurerViewer(insurer.id),
      insurerAdmin((await createInsurer(hub.prisma)).id),
      platformAdmin(),
    ];
    for (const viewer of denied) {
      const r = await hub.exec(READ, vars, viewer);
      expect(JSON.stringify(r)).not.toContain('13912345678');
    }
    // The assigned partner sees the tip-off itself (to investigate), never the reporter.
    const p = ok(
      await hub.exec<{ node: { summary: string; reporterContact: null } | null }>(
        READ,
        vars,
        partnerViewer(partner.id),
      ),
    );
    expect(p.node).toMatchObject({ reporterContact: null });
    const other = await hub.exec<{ node: unknown }>(READ, vars, partnerViewer(stranger.id));
    expect(other.data?.node ?? null).toBeNull();
    const events = await hub.prisma.auditEvent.findMany();
    for (const e of events) expect(JSON.stringify(e.data)).not.toContain('13912345678');
  });
});
