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
 * insured person's one-year suspension and its restoration on request; assessment bands, the
 * year an assessment may judge, and renewal; credit grade cut-offs and the blacklist.
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

const PUBLISH = `mutation ($input: PublishAssessmentInput!) { publishAssessment(input: $input) { auditSeq assessment { result score } } }`;
const RENEW = `mutation ($input: RenewAgreementInput!) { renewAgreement(input: $input) { auditSeq agreement { status startsOn } } }`;

describe('annual assessment: bands, the year it judges, and renewal from 90 days before term end', () => {
  const thisYear = () => agencyToday().getUTCFullYear();
  const endingIn = (days: number) =>
    createAgreement(hub.prisma, {
      insurerId: insurer.id,
      providerId: provider.id,
      startsOn: plusDays(agencyToday(), -700),
      endsOn: plusDays(agencyToday(), days),
    });
  const publish = async (agreementId: string, year: number, score: string) =>
    ok(
      await hub.exec<{ publishAssessment: { auditSeq: string; assessment: { result: string } } }>(
        PUBLISH,
        { input: { agreementId: gid('Agreement', agreementId), year, score } },
        auditor,
      ),
    ).publishAssessment;

  it.each([
    ['90.00', 'EXCELLENT'],
    ['89.99', 'PASS'],
    ['70', 'PASS'],
    ['69.99', 'CONDITIONAL'],
    ['60.00', 'CONDITIONAL'],
    ['59.99', 'FAIL'],
  ])('score %s → %s', async (score, result) => {
    const a = await endingIn(300);
    const r = await publish(a.id, thisYear() - 1, score);
    expect(r.assessment.result).toBe(result);
    expect(await eventBySeq(hub, r.auditSeq)).toMatchObject({
      type: 'assessment.published',
      providerId: provider.id,
    });
  });

  it('refuses to publish an assessment of the running year or a future one (the year is not over)', async () => {
    const a = await endingIn(300);
    for (const year of [thisYear(), thisYear() + 1]) {
      const ext = await expectNoChange(
        hub,
        () => hub.prisma.assessment.count({ where: { agreementId: a.id } }),
        () =>
          hub.exec(PUBLISH, { input: { agreementId: gid('Agreement', a.id), year, score: '40' } }, auditor),
        'BAD_USER_INPUT',
      );
      expect(ext.fields).toMatchObject([{ path: ['input', 'year'] }]);
    }
  });

  it('renews at exactly 90 days before term end, not at 91; a failed latest assessment blocks it, a later pass does not', async () => {
    const early = await endingIn(91);
    await expectNoChange(
      hub,
      () => hub.prisma.agreement.count(),
      () => hub.exec(RENEW, { input: { id: gid('Agreement', early.id), expectedVersion: 1 } }, admin),
      'RENEWAL_NOT_DUE',
    );
    const due = await endingIn(90);
    const r = ok(
      await hub.exec<{
        renewAgreement: { auditSeq: string; agreement: { status: string; startsOn: string } };
      }>(RENEW, { input: { id: gid('Agreement', due.id), expectedVersion: 1 } }, admin),
    ).renewAgreement;
    expect(r.agreement).toMatchObject({ status: 'DRAFT', startsOn: iso(plusDays(agencyToday(), 91)) });
    expect(await eventBySeq(hub, r.auditSeq)).toMatchObject({ type: 'agreement.renewed' });

    const failed = await endingIn(30);
    await publish(failed.id, thisYear() - 2, '90');
    await publish(failed.id, thisYear() - 1, '59.99');
    const ext = await expectNoChange(
      hub,
      () => hub.prisma.agreement.count(),
      () => hub.exec(RENEW, { input: { id: gid('Agreement', failed.id), expectedVersion: 1 } }, admin),
      'RENEWAL_BLOCKED',
    );
    expect(ext).toMatchObject({ assessmentYear: thisYear() - 1, result: 'FAIL' });

    const recovered = await endingIn(30);
    await publish(recovered.id, thisYear() - 2, '59.99');
    await publish(recovered.id, thisYear() - 1, '60');
    ok(await hub.exec(RENEW, { input: { id: gid('Agreement', recovered.id), expectedVersion: 1 } }, admin));
  });
});

const GRADE = `mutation ($input: GradeCreditInput!) { gradeCredit(input: $input) { auditSeq evaluation { grade blacklisted } } }`;

describe('four-level credit grades: ≥ 90 A, ≥ 75 B, ≥ 60 C, else D (blacklisted)', () => {
  it.each([
    ['90', 'A', false],
    ['89.99', 'B', false],
    ['75.00', 'B', false],
    ['74.99', 'C', false],
    ['60', 'C', false],
    ['59.99', 'D', true],
  ] as const)('score %s → %s', async (score, grade, blacklisted) => {
    const graded = await createProvider(hub.prisma, { insurerId: insurer.id });
    const r = ok(
      await hub.exec<{
        gradeCredit: { auditSeq: string; evaluation: { grade: string; blacklisted: boolean } };
      }>(
        GRADE,
        {
          input: {
            subjectType: 'PROVIDER',
            subjectId: gid('Provider', graded.id),
            year: agencyToday().getUTCFullYear() - 1,
            score,
          },
        },
        admin,
      ),
    ).gradeCredit;
    expect(r.evaluation).toEqual({ grade, blacklisted });
    expect(await eventBySeq(hub, r.auditSeq)).toMatchObject({ type: 'credit.graded', providerId: graded.id });
  });
});
