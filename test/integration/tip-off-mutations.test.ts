import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestHub, type TestHub } from '../support/hub.js';
import { insurerAdmin, insurerAuditor, insurerViewer, partnerViewer, platformAdmin } from '../factories/viewers.js';
import { createInsurer, createPartner, createProvider, createTipOff } from '../factories/records.js';
import { eventBySeq, expectNoChange, gid, ok } from './mutation-helpers.js';

let hub: TestHub;
let insurer: { id: string };
let other: { id: string };
let provider: { id: string };

beforeAll(async () => {
  hub = await createTestHub();
  insurer = await createInsurer(hub.prisma);
  other = await createInsurer(hub.prisma);
  provider = await createProvider(hub.prisma, { insurerId: insurer.id });
});
afterAll(() => hub.close());

const RECEIVE = `mutation ($input: ReceiveTipOffInput!) { receiveTipOff(input: $input) { auditSeq tipOff { id status } } }`;
const VERIFY = `mutation ($input: VerifyTipOffInput!) { verifyTipOff(input: $input) { auditSeq tipOff { status rewardKind rewardFen verifiedAmountFen } } }`;
const tipOffs = () => hub.prisma.tipOff.count();

describe('receiveTipOff', () => {
  it('registers a tip-off; the event names neither the reporter nor the provider as a tag', async () => {
    const auditor = insurerAuditor(insurer.id);
    const r = ok(
      await hub.exec<{ receiveTipOff: { auditSeq: string; tipOff: { id: string; status: string } } }>(
        RECEIVE,
        {
          input: {
            providerId: gid('Provider', provider.id),
            channel: 'PHONE',
            summary: '挂床住院',
            reporterContact: '138****0000 王女士',
          },
        },
        auditor,
      ),
    ).receiveTipOff;
    expect(r.tipOff.status).toBe('RECEIVED');
    const event = await eventBySeq(hub, r.auditSeq);
    expect(event).toMatchObject({
      type: 'tipOff.received',
      actorId: auditor.actorId,
      entityType: 'TipOff',
      insurerId: insurer.id,
      providerId: null,
      partnerId: null,
    });
    expect(JSON.stringify(event.data)).not.toContain('138');
  });

  it('refuses viewers and partners, and empty summaries', async () => {
    const input = { channel: 'ONLINE', summary: '串换药品' };
    const partner = await createPartner(hub.prisma);
    await expectNoChange(
      hub,
      tipOffs,
      () => hub.exec(RECEIVE, { input }, insurerViewer(insurer.id)),
      'FORBIDDEN',
    );
    await expectNoChange(
      hub,
      tipOffs,
      () => hub.exec(RECEIVE, { input }, partnerViewer(partner.id)),
      'FORBIDDEN',
    );
    const ext = await expectNoChange(
      hub,
      tipOffs,
      () => hub.exec(RECEIVE, { input: { ...input, summary: '  ' } }, insurerAdmin(insurer.id)),
      'BAD_USER_INPUT',
    );
    // The platform admin naming an insurer that does not exist: not found (the foreign key's
    // refusal, receive-tip-off.ts), no tip-off, no event, never INTERNAL_SERVER_ERROR.
    const missing = { ...input, insurerId: gid('Insurer', '0190a5a8-0000-7000-8000-000000000000') };
    await expectNoChange(hub, tipOffs, () => hub.exec(RECEIVE, { input: missing }, platformAdmin()), 'NOT_FOUND');
    expect(ext.fields).toMatchObject([
      {
        path: ['input', 'summary'],
        message: expect.any(String),
        messageZh: expect.any(String),
        messageEn: expect.any(String),
      },
    ]);
  });
});

describe('verifyTipOff and the reward rule (S2 (docs/domain/sources.md))', () => {
  const verify = async (amount: number | null, outcome = 'VERIFIED') => {
    const t = await createTipOff(hub.prisma, { insurerId: insurer.id });
    const r = ok(
      await hub.exec<{ verifyTipOff: { auditSeq: string; tipOff: Record<string, unknown> } }>(
        VERIFY,
        {
          input: { id: gid('TipOff', t.id), expectedVersion: 1, outcome, verifiedAmountFen: amount },
        },
        insurerAdmin(insurer.id),
      ),
    ).verifyTipOff;
    return { ...r, id: t.id };
  };

  it('≥ 50,000 yuan: 1 % as money, with the event', async () => {
    const r = await verify(5_000_000);
    expect(r.tipOff).toMatchObject({ status: 'VERIFIED', rewardKind: 'MONETARY', rewardFen: 50_000 });
    expect(await eventBySeq(hub, r.auditSeq)).toMatchObject({
      type: 'tipOff.verified',
      entityId: r.id,
      insurerId: insurer.id,
      data: expect.objectContaining({ rewardFen: '50000' }),
    });
  });

  it('capped at 100,000 yuan; below 50,000 yuan a commendation without money', async () => {
    expect((await verify(2_000_000_000)).tipOff).toMatchObject({
      rewardKind: 'MONETARY',
      rewardFen: 10_000_000,
    });
    expect((await verify(4_999_999)).tipOff).toMatchObject({ rewardKind: 'COMMENDATION', rewardFen: 0 });
    expect((await verify(null, 'UNFOUNDED')).tipOff).toMatchObject({
      status: 'UNFOUNDED',
      rewardKind: null,
      rewardFen: null,
    });
  });

  it('refuses a second verification (naming the state), a missing amount, a stale version, another insurer', async () => {
    const t = await createTipOff(hub.prisma, {
      insurerId: insurer.id,
      status: 'VERIFIED',
      verifiedAmountFen: 1n,
    });
    const row = () => hub.prisma.tipOff.findUniqueOrThrow({ where: { id: t.id } });
    const id = gid('TipOff', t.id);
    const admin = insurerAdmin(insurer.id);
    const ext = await expectNoChange(
      hub,
      row,
      () => hub.exec(VERIFY, { input: { id, expectedVersion: 1, outcome: 'UNFOUNDED' } }, admin),
      'ILLEGAL_TRANSITION',
    );
    expect(ext.currentStatus).toBe('VERIFIED');
    const fresh = await createTipOff(hub.prisma, { insurerId: insurer.id });
    const freshRow = () => hub.prisma.tipOff.findUniqueOrThrow({ where: { id: fresh.id } });
    const fid = gid('TipOff', fresh.id);
    await expectNoChange(
      hub,
      freshRow,
      () => hub.exec(VERIFY, { input: { id: fid, expectedVersion: 1, outcome: 'VERIFIED' } }, admin),
      'BAD_USER_INPUT',
    );
    await expectNoChange(
      hub,
      freshRow,
      () => hub.exec(VERIFY, { input: { id: fid, expectedVersion: 2, outcome: 'UNFOUNDED' } }, admin),
      'STALE_VERSION',
    );
    await expectNoChange(
      hub,
      freshRow,
      () =>
        hub.exec(
          VERIFY,
          { input: { id: fid, expectedVersion: 1, outcome: 'UNFOUNDED' } },
          insurerAdmin(other.id),
        ),
      'NOT_FOUND',
    );
  });
});
