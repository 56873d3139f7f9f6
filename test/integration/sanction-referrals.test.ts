import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestHub, type TestHub } from '../support/hub.js';
import { insurerAdmin, providerStaff } from '../factories/viewers.js';
import {
  createAgreement,
  createFinding,
  createInsurer,
  createPenalty,
  createProvider,
} from '../factories/records.js';
import { eventBySeq, expectNoChange, gid, ok } from './mutation-helpers.js';

/** Cases referred to the judiciary or for joint punishment, and their outcomes. */
let hub: TestHub;
let insurer: { id: string };
let other: { id: string };
let provider: { id: string };
let finding: { id: string };

beforeAll(async () => {
  hub = await createTestHub();
  insurer = await createInsurer(hub.prisma);
  other = await createInsurer(hub.prisma);
  provider = await createProvider(hub.prisma, { insurerId: insurer.id });
  const agreement = await createAgreement(hub.prisma, { insurerId: insurer.id, providerId: provider.id });
  finding = await createFinding(hub.prisma, { agreementId: agreement.id });
});
afterAll(() => hub.close());

const REFER = `mutation ($input: ReferCaseInput!) { referCase(input: $input) { auditSeq referral { id outcome receivingAuthority } } }`;
const OUTCOME = `mutation ($input: RecordReferralOutcomeInput!) { recordReferralOutcome(input: $input) { auditSeq referral { outcome outcomeNote } } }`;

describe('referrals to the judiciary and joint punishment', () => {
  it('records the receiving authority and then its outcome; the provider sees its own referral', async () => {
    const penalty = await createPenalty(hub.prisma, {
      findingId: finding.id,
      measure: 'JUDICIAL_REFERRAL',
      status: 'ISSUED',
    });
    const admin = insurerAdmin(insurer.id);
    const r = ok(
      await hub.exec<{ referCase: { auditSeq: string; referral: { id: string; outcome: string } } }>(
        REFER,
        {
          input: {
            penaltyId: gid('Penalty', penalty.id),
            kind: 'JUDICIAL',
            receivingAuthority: '马鞍山市公安局',
            documentRef: 'YS-2026-03',
          },
        },
        admin,
      ),
    ).referCase;
    expect(r.referral.outcome).toBe('PENDING');
    expect(await eventBySeq(hub, r.auditSeq)).toMatchObject({
      type: 'referral.made',
      data: expect.objectContaining({ receivingAuthority: '马鞍山市公安局' }),
    });
    const o = ok(
      await hub.exec<{ recordReferralOutcome: { auditSeq: string; referral: Record<string, unknown> } }>(
        OUTCOME,
        { input: { id: r.referral.id, expectedVersion: 1, outcome: 'ACCEPTED', note: '已立案' } },
        admin,
      ),
    ).recordReferralOutcome;
    expect(o.referral).toMatchObject({ outcome: 'ACCEPTED', outcomeNote: '已立案' });
    expect(await eventBySeq(hub, o.auditSeq)).toMatchObject({ type: 'referral.outcomeRecorded' });
    const seen = ok(
      await hub.exec<{ referrals: { totalCount: number } }>(
        `{ referrals { totalCount } }`,
        {},
        providerStaff(provider.id),
      ),
    );
    expect(seen.referrals.totalCount).toBe(1);
    const row = () => hub.prisma.referral.findMany();
    await expectNoChange(
      hub,
      row,
      () =>
        hub.exec(OUTCOME, { input: { id: r.referral.id, expectedVersion: 2, outcome: 'DECLINED' } }, admin),
      'ILLEGAL_TRANSITION',
    );
    await expectNoChange(
      hub,
      row,
      () =>
        hub.exec(
          REFER,
          {
            input: {
              penaltyId: gid('Penalty', penalty.id),
              kind: 'JOINT_PUNISHMENT',
              receivingAuthority: 'x',
              documentRef: 'y',
            },
          },
          admin,
        ),
      'BAD_USER_INPUT',
    );
    await expectNoChange(
      hub,
      row,
      () =>
        hub.exec(
          REFER,
          {
            input: {
              penaltyId: gid('Penalty', penalty.id),
              kind: 'JUDICIAL',
              receivingAuthority: 'x',
              documentRef: 'y',
            },
          },
          insurerAdmin(other.id),
        ),
      'NOT_FOUND',
    );
  });
});
