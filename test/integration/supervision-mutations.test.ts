import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestHub, type TestHub } from '../support/hub.js';
import { insurerAuditor, insurerViewer, providerStaff } from '../factories/viewers.js';
import {
  createAgreement,
  createInsurer,
  createPhysician,
  createProvider,
  day,
} from '../factories/records.js';
import { eventBySeq, expectNoChange, gid, ok } from './mutation-helpers.js';

/** Annual assessments and credit grades, published by agency staff (raising rule hits: rule-hit-raise.test.ts). */
let hub: TestHub;
let insurer: { id: string };
let other: { id: string };
let provider: { id: string };
let agreement: { id: string };
let auditor: ReturnType<typeof insurerAuditor>;

beforeAll(async () => {
  hub = await createTestHub();
  insurer = await createInsurer(hub.prisma);
  other = await createInsurer(hub.prisma);
  provider = await createProvider(hub.prisma, { insurerId: insurer.id });
  // A term reaching back to the years assessed below (an assessment judges a year of its term).
  agreement = await createAgreement(hub.prisma, {
    insurerId: insurer.id,
    providerId: provider.id,
    startsOn: day('2020-01-01'),
  });
  auditor = insurerAuditor(insurer.id);
});
afterAll(() => hub.close());

const PUBLISH = `mutation ($input: PublishAssessmentInput!) { publishAssessment(input: $input) { auditSeq assessment { id result status score } } }`;
const GRADE = `mutation ($input: GradeCreditInput!) { gradeCredit(input: $input) { auditSeq evaluation { id grade blacklisted } } }`;

describe('publishAssessment', () => {
  it('publishes with the result from the score; a second publication for the year is a conflict', async () => {
    const input = {
      agreementId: gid('Agreement', agreement.id),
      year: 2025,
      score: '92.50',
      withheldAmountFen: 0,
    };
    const r = ok(
      await hub.exec<{
        publishAssessment: { auditSeq: string; assessment: { id: string; result: string; status: string } };
      }>(PUBLISH, { input }, auditor),
    ).publishAssessment;
    expect(r.assessment).toMatchObject({ result: 'EXCELLENT', status: 'PUBLISHED' });
    expect(await eventBySeq(hub, r.auditSeq)).toMatchObject({
      type: 'assessment.published',
      actorId: auditor.actorId,
      entityType: 'Assessment',
      insurerId: insurer.id,
      providerId: provider.id,
      data: expect.objectContaining({ result: 'EXCELLENT', score: '92.50' }),
    });
    const count = () => hub.prisma.assessment.findMany();
    await expectNoChange(
      hub,
      count,
      () => hub.exec(PUBLISH, { input: { ...input, score: '50' } }, auditor),
      'CONFLICT',
    );
  });

  it('a failing score is FAIL (which blocks renewal)', async () => {
    const r = ok(
      await hub.exec<{ publishAssessment: { assessment: { result: string } } }>(
        PUBLISH,
        { input: { agreementId: gid('Agreement', agreement.id), year: 2024, score: '59.99' } },
        auditor,
      ),
    ).publishAssessment;
    expect(r.assessment.result).toBe('FAIL');
  });

  it('refuses a score above 100, a viewer, and another insurer', async () => {
    const count = () => hub.prisma.assessment.count();
    const input = { agreementId: gid('Agreement', agreement.id), year: 2023, score: '100.01' };
    const ext = await expectNoChange(
      hub,
      count,
      () => hub.exec(PUBLISH, { input }, auditor),
      'BAD_USER_INPUT',
    );
    expect(ext.fields).toMatchObject([
      {
        path: ['input', 'score'],
        message: expect.any(String),
        messageZh: expect.any(String),
        messageEn: expect.any(String),
      },
    ]);
    await expectNoChange(
      hub,
      count,
      () => hub.exec(PUBLISH, { input: { ...input, score: '80' } }, insurerViewer(insurer.id)),
      'FORBIDDEN',
    );
    await expectNoChange(
      hub,
      count,
      () => hub.exec(PUBLISH, { input: { ...input, score: '80' } }, insurerAuditor(other.id)),
      'NOT_FOUND',
    );
  });
});

describe('gradeCredit', () => {
  it('grades A–D; D blacklists', async () => {
    const a = ok(
      await hub.exec<{
        gradeCredit: { auditSeq: string; evaluation: { grade: string; blacklisted: boolean } };
      }>(
        GRADE,
        {
          input: {
            subjectType: 'PROVIDER',
            subjectId: gid('Provider', provider.id),
            year: 2025,
            score: '91',
          },
        },
        auditor,
      ),
    ).gradeCredit;
    expect(a.evaluation).toMatchObject({ grade: 'A', blacklisted: false });
    expect(await eventBySeq(hub, a.auditSeq)).toMatchObject({
      type: 'credit.graded',
      actorId: auditor.actorId,
      entityType: 'CreditEvaluation',
      insurerId: insurer.id,
      providerId: provider.id,
    });
    const physician = await createPhysician(hub.prisma, { primaryProviderId: provider.id });
    const d = ok(
      await hub.exec<{
        gradeCredit: { auditSeq: string; evaluation: { grade: string; blacklisted: boolean } };
      }>(
        GRADE,
        {
          input: {
            subjectType: 'PHYSICIAN',
            subjectId: gid('Physician', physician.id),
            year: 2025,
            score: '40',
          },
        },
        auditor,
      ),
    ).gradeCredit;
    expect(d.evaluation).toMatchObject({ grade: 'D', blacklisted: true });
    expect((await eventBySeq(hub, d.auditSeq)).data).toMatchObject({ grade: 'D', blacklisted: true });
  });

  it('refuses a subject of another insurer, a mismatched subject type, and provider staff', async () => {
    const count = () => hub.prisma.creditEvaluation.count();
    const foreign = await createProvider(hub.prisma, { insurerId: other.id });
    await expectNoChange(
      hub,
      count,
      () =>
        hub.exec(
          GRADE,
          {
            input: {
              subjectType: 'PROVIDER',
              subjectId: gid('Provider', foreign.id),
              year: 2025,
              score: '80',
            },
          },
          auditor,
        ),
      'NOT_FOUND',
    );
    const ext = await expectNoChange(
      hub,
      count,
      () =>
        hub.exec(
          GRADE,
          {
            input: {
              subjectType: 'PARTNER',
              subjectId: gid('Provider', provider.id),
              year: 2025,
              score: '80',
            },
          },
          auditor,
        ),
      'BAD_USER_INPUT',
    );
    expect(ext.fields).toMatchObject([
      {
        path: ['input', 'subjectId'],
        message: expect.any(String),
        messageZh: expect.any(String),
        messageEn: expect.any(String),
      },
    ]);
    await expectNoChange(
      hub,
      count,
      () =>
        hub.exec(
          GRADE,
          {
            input: {
              subjectType: 'PROVIDER',
              subjectId: gid('Provider', provider.id),
              year: 2025,
              score: '80',
            },
          },
          providerStaff(provider.id),
        ),
      'FORBIDDEN',
    );
  });
});
