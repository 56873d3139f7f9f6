import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestHub, type TestHub } from '../support/hub.js';
import { insurerAdmin, insurerAuditor } from '../factories/viewers.js';
import { createAgreement, createInsurer, createProvider } from '../factories/records.js';
import { agencyToday, eventBySeq, expectNoChange, gid, iso, ok, plusDays } from './mutation-helpers.js';

/**
 * Domain scenarios with numbers, driven through GraphQL as an agency clerk would, checked against
 * docs/domain/workflows.md and measures.md: assessment bands, the year an assessment may judge,
 * and renewal; credit grade cut-offs and the blacklist. (Tip-off rewards and the insured
 * person's suspension: domain-scenarios-rewards-sanctions.test.ts.)
 */
let hub: TestHub;
let insurer: { id: string };
let provider: { id: string };
let admin: ReturnType<typeof insurerAdmin>;
let auditor: ReturnType<typeof insurerAuditor>;

beforeAll(async () => {
  hub = await createTestHub();
  insurer = await createInsurer(hub.prisma);
  provider = await createProvider(hub.prisma, { insurerId: insurer.id });
  admin = insurerAdmin(insurer.id);
  auditor = insurerAuditor(insurer.id);
});
afterAll(() => hub.close());

const PUBLISH = `mutation ($input: PublishAssessmentInput!) { publishAssessment(input: $input) { auditSeq assessment { result score } } }`;
const RENEW = `mutation ($input: RenewAgreementInput!) { renewAgreement(input: $input) { auditSeq agreement { status startsOn } } }`;

describe('annual assessment: bands, the year it judges, and renewal from 90 days before term end', () => {
  const thisYear = () => agencyToday().getUTCFullYear();
  const endingIn = (days: number) =>
    createAgreement(hub.prisma, {
      insurerId: insurer.id,
      providerId: provider.id,
      // Over three years back: the two years before this one are years of its term.
      startsOn: plusDays(agencyToday(), -1100),
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
