import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestHub, type TestHub } from '../support/hub.js';
import { insurerAdmin, insurerAuditor } from '../factories/viewers.js';
import {
  createAgreement,
  createFinding,
  createInsuredPerson,
  createInsurer,
  createPartner,
  createProvider,
} from '../factories/records.js';
import { addMonths, isoDate } from '../../server/domain/shared/dates.js';
import {
  agencyToday,
  eventBySeq,
  expectNoChange,
  gid,
  iso,
  ok,
  plusDays,
  rawOf,
} from './mutation-helpers.js';

/**
 * Domain scenarios with numbers, driven through GraphQL as an agency clerk would, checked against
 * docs/domain/workflows.md and measures.md: the tip-off reward's threshold, rate and cap; the
 * insured person's one-year suspension and its restoration on request. (Assessments and credit
 * grades: domain-scenarios-assessment-credit.test.ts.)
 */
let hub: TestHub;
let insurer: { id: string };
let provider: { id: string };
let partner: { id: string };
let admin: ReturnType<typeof insurerAdmin>;
let auditor: ReturnType<typeof insurerAuditor>;

beforeAll(async () => {
  hub = await createTestHub();
  insurer = await createInsurer(hub.prisma);
  provider = await createProvider(hub.prisma, { insurerId: insurer.id });
  partner = await createPartner(hub.prisma);
  await createAgreement(hub.prisma, {
    insurerId: insurer.id,
    partnerId: partner.id,
    entrustedWork: ['CASE_RECORD_REVIEW'],
  });
  admin = insurerAdmin(insurer.id);
  auditor = insurerAuditor(insurer.id);
});
afterAll(() => hub.close());

const RECEIVE = `mutation ($input: ReceiveTipOffInput!) { receiveTipOff(input: $input) { tipOff { id } } }`;
const ASSIGN = `mutation ($input: AssignTipOffInput!) { assignTipOff(input: $input) { tipOff { version } } }`;
const VERIFY = `mutation ($input: VerifyTipOffInput!) { verifyTipOff(input: $input) { auditSeq tipOff { status rewardKind rewardFen verifiedAmountFen } } }`;

describe('tip-off reward (S2): ≥ 50,000 yuan verified → up to 1 %, capped at 100,000 yuan; below → commendation', () => {
  it.each([
    ['exactly 50,000 yuan (以上 includes it)', 5_000_000, 'MONETARY', 50_000],
    ['one fen below 50,000 yuan', 4_999_999, 'COMMENDATION', 0],
    ['9,999,999.99 yuan: 1 % rounded down to the fen', 999_999_999, 'MONETARY', 9_999_999],
    ['exactly 10 million yuan reaches the cap', 1_000_000_000, 'MONETARY', 10_000_000],
    ['12,345,678.99 yuan stays at the cap', 1_234_567_899, 'MONETARY', 10_000_000],
  ] as const)('%s', async (_name, verifiedAmountFen, rewardKind, rewardFen) => {
    const { id } = ok(
      await hub.exec<{ receiveTipOff: { tipOff: { id: string } } }>(
        RECEIVE,
        { input: { providerId: gid('Provider', provider.id), channel: 'PHONE', summary: '串换药品' } },
        auditor,
      ),
    ).receiveTipOff.tipOff;
    ok(
      await hub.exec(
        ASSIGN,
        { input: { id, expectedVersion: 1, assigneePartnerId: gid('Partner', partner.id) } },
        auditor,
      ),
    );
    const v = ok(
      await hub.exec<{ verifyTipOff: { auditSeq: string; tipOff: Record<string, unknown> } }>(
        VERIFY,
        { input: { id, expectedVersion: 2, outcome: 'VERIFIED', verifiedAmountFen } },
        admin,
      ),
    ).verifyTipOff;
    expect(v.tipOff).toMatchObject({ status: 'VERIFIED', rewardKind, rewardFen, verifiedAmountFen });
    expect(await eventBySeq(hub, v.auditSeq)).toMatchObject({
      type: 'tipOff.verified',
      insurerId: insurer.id,
      providerId: null,
    });
  });
});

const APPROVE = `mutation ($input: TipOffStepInput!) { approveTipOffReward(input: $input) { auditSeq tipOff { status rewardFen } } }`;

describe('the 1 % is a ceiling (不高于1%): the admin approves it or less, never more', () => {
  it('approves 600 yuan of a 1,234.56 yuan maximum; refuses a fen above the maximum and a zero reward', async () => {
    const { id } = ok(
      await hub.exec<{ receiveTipOff: { tipOff: { id: string } } }>(
        RECEIVE,
        { input: { providerId: gid('Provider', provider.id), channel: 'LETTER', summary: '虚计多记费用' } },
        auditor,
      ),
    ).receiveTipOff.tipOff;
    ok(
      await hub.exec(
        ASSIGN,
        { input: { id, expectedVersion: 1, assigneePartnerId: gid('Partner', partner.id) } },
        auditor,
      ),
    );
    ok(
      await hub.exec(
        VERIFY,
        { input: { id, expectedVersion: 2, outcome: 'VERIFIED', verifiedAmountFen: 12_345_600 } },
        admin,
      ),
    );
    const row = () => hub.prisma.tipOff.findUniqueOrThrow({ where: { id: rawOf(id) } });
    for (const rewardFen of [123_457, 0]) {
      const ext = await expectNoChange(
        hub,
        row,
        () => hub.exec(APPROVE, { input: { id, expectedVersion: 3, rewardFen } }, admin),
        'BAD_USER_INPUT',
      );
      expect(ext.fields).toMatchObject([{ path: ['input', 'rewardFen'] }]);
    }
    const a = ok(
      await hub.exec<{
        approveTipOffReward: { auditSeq: string; tipOff: { status: string; rewardFen: number } };
      }>(APPROVE, { input: { id, expectedVersion: 3, rewardFen: 60_000 } }, admin),
    ).approveTipOffReward;
    expect(a.tipOff).toEqual({ status: 'REWARD_APPROVED', rewardFen: 60_000 });
    expect(await eventBySeq(hub, a.auditSeq)).toMatchObject({
      type: 'tipOff.rewardApproved',
      data: expect.objectContaining({ rewardFen: '60000', maxRewardFen: '123456' }),
    });
  });
});

const PROPOSE = `mutation ($input: ProposePenaltyInput!) { proposePenalty(input: $input) { penalty { id durationMonths target } } }`;
const ISSUE = `mutation ($input: IssuePenaltyInput!) { issuePenalty(input: $input) { penalty { status } } }`;
const EXECUTE = `mutation ($input: ExecutePenaltyInput!) { executePenalty(input: $input) { penalty { status effectiveUntil } } }`;
const LIFT = `mutation ($input: LiftSettlementSuspensionInput!) { liftSettlementSuspension(input: $input) { auditSeq sanctionEnd { reason endedOn suspendedUntil } } }`;
const END = `mutation { endExpiredSanctions { ended } }`;
const SUSPENDED = `query ($f: InsuredPersonFilter) { insuredPersons(filter: $f) { totalCount edges { node { id } } } }`;
const docs = { requestDocumentRef: 'SQ-2027-001', pledgeDocumentRef: 'CN-2027-001' };

describe("insured person's settlement suspension: one year, then restored only on written request and pledge (S2)", () => {
  it('suspends for 12 months by default; refuses restoration during the term; nothing restores it at term end without the request', async () => {
    const person = await createInsuredPerson(hub.prisma, { insurerId: insurer.id });
    const agreement = await createAgreement(hub.prisma, { insurerId: insurer.id, providerId: provider.id });
    const finding = await createFinding(hub.prisma, {
      agreementId: agreement.id,
      insuredPersonId: person.id,
    });
    const personId = gid('InsuredPerson', person.id);
    const p = ok(
      await hub.exec<{ proposePenalty: { penalty: { id: string; durationMonths: number; target: string } } }>(
        PROPOSE,
        {
          input: {
            findingId: gid('Finding', finding.id),
            measure: 'INSURED_SETTLEMENT_SUSPENSION',
            insuredPersonId: personId,
            legalBasis: '《关于进一步完善我市门诊规定病种就医购药管理有关事项的通知》',
            clauseRef: '三',
          },
        },
        auditor,
      ),
    ).proposePenalty.penalty;
    expect(p).toMatchObject({ durationMonths: 12, target: 'INSURED_PERSON' });
    ok(await hub.exec(ISSUE, { input: { id: p.id, expectedVersion: 1 } }, admin));
    const until = addMonths(agencyToday(), 12);
    const e = ok(
      await hub.exec<{ executePenalty: { penalty: { effectiveUntil: string } } }>(
        EXECUTE,
        { input: { id: p.id, expectedVersion: 2 } },
        admin,
      ),
    ).executePenalty;
    expect(e.penalty.effectiveUntil).toBe(isoDate(until));
    const row = () => hub.prisma.insuredPerson.findUniqueOrThrow({ where: { id: person.id } });
    expect((await row()).settlementSuspendedUntil).toEqual(until);

    const ext = await expectNoChange(
      hub,
      row,
      () => hub.exec(LIFT, { input: { insuredPersonId: personId, ...docs } }, admin),
      'SANCTION_TERM_RUNNING',
    );
    expect(ext.until).toBe(isoDate(until));

    // A year later (the term has run): the daily job does not restore the person.
    const lastYearsEnd = plusDays(agencyToday(), -1);
    await hub.prisma.insuredPerson.update({
      where: { id: person.id },
      data: { settlementSuspendedUntil: lastYearsEnd },
    });
    ok(await hub.exec(END, {}, admin));
    expect((await row()).settlementSuspendedUntil).toEqual(lastYearsEnd);
    const suspended = ok(
      await hub.exec<{ insuredPersons: { edges: { node: { id: string } }[] } }>(
        SUSPENDED,
        { f: { settlementSuspended: true } },
        admin,
      ),
    ).insuredPersons.edges.map((x) => x.node.id);
    expect(suspended).toContain(personId);

    // The person files the written request and signs the pledge: restored today.
    const r = ok(
      await hub.exec<{
        liftSettlementSuspension: { auditSeq: string; sanctionEnd: Record<string, unknown> };
      }>(LIFT, { input: { insuredPersonId: personId, ...docs } }, admin),
    ).liftSettlementSuspension;
    expect(r.sanctionEnd).toMatchObject({
      reason: 'TERM_ENDED',
      endedOn: iso(agencyToday()),
      suspendedUntil: iso(lastYearsEnd),
    });
    expect(await eventBySeq(hub, r.auditSeq)).toMatchObject({
      type: 'insuredPerson.settlementRestored',
      insurerId: insurer.id,
      providerId: null,
      data: expect.objectContaining(docs),
    });
    expect((await row()).settlementSuspendedUntil).toBeNull();
    const free = ok(
      await hub.exec<{ insuredPersons: { edges: { node: { id: string } }[] } }>(
        SUSPENDED,
        { f: { settlementSuspended: false } },
        admin,
      ),
    ).insuredPersons.edges.map((x) => x.node.id);
    expect(free).toContain(personId);
  });
});
