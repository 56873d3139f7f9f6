import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestHub, type TestHub } from '../support/hub.js';
import { insurerAuditor, insurerViewer, providerStaff } from '../factories/viewers.js';
import {
  createAgreement,
  createAuditRule,
  createInsurer,
  createPhysician,
  createProvider,
} from '../factories/records.js';
import { eventBySeq, expectNoChange, gid, ok } from './mutation-helpers.js';

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
  agreement = await createAgreement(hub.prisma, { insurerId: insurer.id, providerId: provider.id });
  auditor = insurerAuditor(insurer.id);
});
afterAll(() => hub.close());

const PUBLISH = `mutation ($input: PublishAssessmentInput!) { publishAssessment(input: $input) { auditSeq assessment { id result status score } } }`;
const GRADE = `mutation ($input: GradeCreditInput!) { gradeCredit(input: $input) { auditSeq evaluation { id grade blacklisted } } }`;
const RAISE = `mutation ($input: RaiseRuleHitInput!) { raiseRuleHit(input: $input) { auditSeq ruleHit { id status stage } } }`;

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

describe('raiseRuleHit', () => {
  it('raises a hit at a stage the rule runs at, with an event tagged with insurer and provider', async () => {
    const rule = await createAuditRule(hub.prisma, { insurerId: insurer.id, stages: ['DURING', 'AFTER'] });
    const r = ok(
      await hub.exec<{
        raiseRuleHit: { auditSeq: string; ruleHit: { id: string; status: string; stage: string } };
      }>(
        RAISE,
        {
          input: {
            ruleId: gid('AuditRule', rule.id),
            stage: 'DURING',
            providerId: gid('Provider', provider.id),
            agreementId: gid('Agreement', agreement.id),
            claimRef: 'CLM-1',
            amountFen: 12_000,
            occurredAt: '2026-01-05T03:00:00Z',
          },
        },
        auditor,
      ),
    ).raiseRuleHit;
    expect(r.ruleHit).toMatchObject({ status: 'OPEN', stage: 'DURING' });
    expect(await eventBySeq(hub, r.auditSeq)).toMatchObject({
      type: 'ruleHit.raised',
      actorId: auditor.actorId,
      entityType: 'RuleHit',
      insurerId: insurer.id,
      providerId: provider.id,
      data: expect.objectContaining({ ruleCode: rule.code }),
    });
  });

  it("refuses a stage the rule does not run at, an inactive rule, and another insurer's rule", async () => {
    const count = () => hub.prisma.ruleHit.count();
    const rule = await createAuditRule(hub.prisma, { insurerId: insurer.id, stages: ['AFTER'] });
    const input = {
      ruleId: gid('AuditRule', rule.id),
      stage: 'BEFORE',
      providerId: gid('Provider', provider.id),
      claimRef: 'CLM-2',
      amountFen: 1,
      occurredAt: '2026-01-05T03:00:00Z',
    };
    const ext = await expectNoChange(hub, count, () => hub.exec(RAISE, { input }, auditor), 'BAD_USER_INPUT');
    expect(ext.fields).toMatchObject([
      {
        path: ['input', 'stage'],
        message: expect.any(String),
        messageZh: expect.any(String),
        messageEn: expect.any(String),
      },
    ]);
    const inactive = await createAuditRule(hub.prisma, { insurerId: insurer.id, active: false });
    await expectNoChange(
      hub,
      count,
      () =>
        hub.exec(
          RAISE,
          { input: { ...input, stage: 'AFTER', ruleId: gid('AuditRule', inactive.id) } },
          auditor,
        ),
      'CONFLICT',
    );
    const foreign = await createAuditRule(hub.prisma, { insurerId: other.id });
    await expectNoChange(
      hub,
      count,
      () =>
        hub.exec(
          RAISE,
          { input: { ...input, stage: 'AFTER', ruleId: gid('AuditRule', foreign.id) } },
          auditor,
        ),
      'NOT_FOUND',
    );
  });
});
