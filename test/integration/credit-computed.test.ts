import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestHub, type TestHub } from '../support/hub.js';
import { insurerAdmin, insurerAuditor, insurerViewer } from '../factories/viewers.js';
import {
  createAgreement,
  createAssessment,
  createFinding,
  createInsurer,
  createPartner,
  createPenalty,
  createProvider,
  createViolationType,
  day,
} from '../factories/records.js';
import { eventBySeq, expectNoChange, gid, ok } from './mutation-helpers.js';
import { computeCreditGrade } from '../../server/domain/credit/compute-credit-grade.js';

let hub: TestHub;
let insurer: { id: string };
let provider: { id: string };
let partner: { id: string };
let partnerAgreement: { id: string };

beforeAll(async () => {
  hub = await createTestHub();
  insurer = await createInsurer(hub.prisma);
  provider = await createProvider(hub.prisma, { insurerId: insurer.id });
  partner = await createPartner(hub.prisma);
  const agreement = await createAgreement(hub.prisma, { insurerId: insurer.id, providerId: provider.id });
  partnerAgreement = await createAgreement(hub.prisma, { insurerId: insurer.id, partnerId: partner.id });
  const billing = await createViolationType(hub.prisma, {
    category: 'BILLING',
    nameZh: '串换药品',
    nameEn: 'Substitution',
  });
  const f1 = await createFinding(hub.prisma, {
    agreementId: agreement.id,
    violationTypeId: billing.id,
    status: 'PENALISED',
    foundOn: day('2025-03-01'),
  });
  await createFinding(hub.prisma, {
    agreementId: agreement.id,
    violationTypeId: billing.id,
    status: 'CLOSED',
    foundOn: day('2025-08-01'),
  });
  // Not confirmed, or another year: no deduction.
  await createFinding(hub.prisma, {
    agreementId: agreement.id,
    violationTypeId: billing.id,
    status: 'OPEN',
    foundOn: day('2025-09-01'),
  });
  await createFinding(hub.prisma, {
    agreementId: agreement.id,
    violationTypeId: billing.id,
    status: 'CLOSED',
    foundOn: day('2024-09-01'),
  });
  await createPenalty(hub.prisma, {
    findingId: f1.id,
    measure: 'LIQUIDATED_DAMAGES',
    status: 'EXECUTED',
    issuedAt: new Date('2025-04-01T00:00:00Z'),
  });
  await createPenalty(hub.prisma, {
    findingId: f1.id,
    measure: 'WARNING',
    status: 'OVERTURNED',
    issuedAt: new Date('2025-04-01T00:00:00Z'),
  });
  await createAssessment(hub.prisma, {
    agreementId: agreement.id,
    year: 2025,
    score: '65.00',
    result: 'CONDITIONAL',
    status: 'PUBLISHED',
  });
  await createAssessment(hub.prisma, {
    agreementId: partnerAgreement.id,
    year: 2025,
    score: '86.50',
    result: 'PASS',
    status: 'PUBLISHED',
  });
});
afterAll(() => hub.close());

const COMPUTE = `mutation ($input: ComputeCreditGradeInput!) { computeCreditGrade(input: $input) { auditSeq evaluation { id score grade basis blacklisted version deductions { rule ref points labelZh } } } }`;
const ADJUST = `mutation ($input: AdjustCreditGradeInput!) { adjustCreditGrade(input: $input) { auditSeq evaluation { score grade basis computedScore adjustmentReason } } }`;
const FEE = `mutation ($input: SetPartnerFeeFormulaInput!) { setPartnerFeeFormula(input: $input) { auditSeq agreement { id } } }`;
const ASSESSMENTS = `query ($id: ID!) { node(id: $id) { ... on Agreement { assessments { edges { node { score serviceFee { baseFeeFen factorBasisPoints feeFen } } } } } } }`;
type Ev = {
  id: string;
  score: string;
  grade: string;
  basis: string;
  version: number;
  deductions: { rule: string; points: number }[];
};

describe('credit computed by the published standard', () => {
  it('lists the deductions: violations by category, a repeat, the penalty, the assessment', async () => {
    const r = ok(
      await hub.exec<{ computeCreditGrade: { auditSeq: string; evaluation: Ev } }>(
        COMPUTE,
        { input: { subjectType: 'PROVIDER', subjectId: gid('Provider', provider.id), year: 2025 } },
        insurerAuditor(insurer.id),
      ),
    ).computeCreditGrade;
    // 100 − (10 + 10 billing) − 5 repeat − 6 liquidated damages − 10 conditional assessment = 59 → D.
    expect(r.evaluation.deductions.map((d) => [d.rule, d.points])).toEqual([
      ['VIOLATION', 10],
      ['VIOLATION', 10],
      ['REPEAT', 5],
      ['PENALTY', 6],
      ['ASSESSMENT', 10],
    ]);
    expect(r.evaluation).toMatchObject({ score: '59', grade: 'D', basis: 'COMPUTED', blacklisted: true });
    expect(await eventBySeq(hub, r.auditSeq)).toMatchObject({
      type: 'credit.graded',
      providerId: provider.id,
      data: expect.objectContaining({ basis: 'COMPUTED', grade: 'D' }),
    });
    const a = ok(
      await hub.exec<{ adjustCreditGrade: { auditSeq: string; evaluation: Record<string, unknown> } }>(
        ADJUST,
        { input: { id: r.evaluation.id, expectedVersion: 1, score: '61', reason: '整改到位，经复核' } },
        insurerAdmin(insurer.id),
      ),
    ).adjustCreditGrade;
    expect(a.evaluation).toMatchObject({
      score: '61',
      grade: 'C',
      basis: 'ADJUSTED',
      computedScore: '59',
      adjustmentReason: '整改到位，经复核',
    });
    expect(await eventBySeq(hub, a.auditSeq)).toMatchObject({
      type: 'credit.adjusted',
      data: expect.objectContaining({ fromGrade: 'D', grade: 'C', reason: '整改到位，经复核' }),
    });
    const row = () => hub.prisma.creditEvaluation.findMany();
    await expectNoChange(
      hub,
      row,
      () =>
        hub.exec(
          ADJUST,
          { input: { id: r.evaluation.id, expectedVersion: 2, score: '99', reason: ' ' } },
          insurerAdmin(insurer.id),
        ),
      'BAD_USER_INPUT',
    );
    await expectNoChange(
      hub,
      row,
      () =>
        hub.exec(
          ADJUST,
          { input: { id: r.evaluation.id, expectedVersion: 1, score: '99', reason: 'x' } },
          insurerAdmin(insurer.id),
        ),
      'STALE_VERSION',
    );
    await expectNoChange(
      hub,
      row,
      () =>
        hub.exec(
          ADJUST,
          { input: { id: r.evaluation.id, expectedVersion: 2, score: '99', reason: 'x' } },
          insurerAuditor(insurer.id),
        ),
      'FORBIDDEN',
    );
    await expectNoChange(
      hub,
      row,
      () =>
        hub.exec(
          COMPUTE,
          { input: { subjectType: 'PROVIDER', subjectId: gid('Provider', provider.id), year: 2025 } },
          insurerViewer(insurer.id),
        ),
      'FORBIDDEN',
    );
    const stranger = await createInsurer(hub.prisma);
    await expectNoChange(
      hub,
      row,
      () =>
        hub.exec(
          COMPUTE,
          { input: { subjectType: 'PROVIDER', subjectId: gid('Provider', provider.id), year: 2025 } },
          insurerAdmin(stranger.id),
        ),
      'NOT_FOUND',
    );
  });

  it('grades partners on their assessment; their service fee follows the formula of their agreement', async () => {
    const r = ok(
      await hub.exec<{ computeCreditGrade: { evaluation: Ev } }>(
        COMPUTE,
        { input: { subjectType: 'PARTNER', subjectId: gid('Partner', partner.id), year: 2025 } },
        insurerAdmin(insurer.id),
      ),
    ).computeCreditGrade;
    expect(r.evaluation).toMatchObject({ score: '98', grade: 'A' });
    const bands = [
      { minScore: '90', factorBasisPoints: 10000 },
      { minScore: '80', factorBasisPoints: 9000 },
      { minScore: '60', factorBasisPoints: 7000 },
    ];
    const f = ok(
      await hub.exec<{ setPartnerFeeFormula: { auditSeq: string } }>(
        FEE,
        {
          input: {
            agreementId: gid('Agreement', partnerAgreement.id),
            expectedVersion: 1,
            baseFeeFen: 120_000_00,
            bands,
          },
        },
        insurerAdmin(insurer.id),
      ),
    ).setPartnerFeeFormula;
    expect(await eventBySeq(hub, f.auditSeq)).toMatchObject({
      type: 'agreement.feeFormulaSet',
      partnerId: partner.id,
    });
    const q = ok(
      await hub.exec<{ node: { assessments: { edges: { node: Record<string, unknown> }[] } } }>(
        ASSESSMENTS,
        { id: gid('Agreement', partnerAgreement.id) },
        insurerAdmin(insurer.id),
      ),
    );
    // 86.50 reaches the 80 band: 120,000 yuan × 90 % = 108,000 yuan.
    expect(q.node.assessments.edges[0]!.node.serviceFee).toEqual({
      baseFeeFen: 120_000_00,
      factorBasisPoints: 9000,
      feeFen: 108_000_00,
    });
    const row = () => hub.prisma.agreement.findUniqueOrThrow({ where: { id: partnerAgreement.id } });
    await expectNoChange(
      hub,
      row,
      () =>
        hub.exec(
          FEE,
          {
            input: {
              agreementId: gid('Agreement', partnerAgreement.id),
              expectedVersion: 2,
              baseFeeFen: 1,
              bands: [{ minScore: '101', factorBasisPoints: 1 }],
            },
          },
          insurerAdmin(insurer.id),
        ),
      'BAD_USER_INPUT',
    );
    await expectNoChange(
      hub,
      row,
      () =>
        hub.exec(
          FEE,
          {
            input: {
              agreementId: gid('Agreement', partnerAgreement.id),
              expectedVersion: 2,
              baseFeeFen: 1,
              bands,
            },
          },
          insurerAuditor(insurer.id),
        ),
      'FORBIDDEN',
    );
  });

  it("counts a penalty in the agency's calendar year it was issued in, and grades a year once it has begun there", async () => {
    const other = await createProvider(hub.prisma, { insurerId: insurer.id });
    const agreement = await createAgreement(hub.prisma, { insurerId: insurer.id, providerId: other.id });
    const violation = await createViolationType(hub.prisma);
    const finding = await createFinding(hub.prisma, {
      agreementId: agreement.id,
      violationTypeId: violation.id,
      status: 'PENALISED',
      foundOn: day('2031-06-01'),
    });
    // 00:30 on 1 January 2031 in Beijing (UTC: 31 December 2030) and 00:30 on 1 January 2032.
    const early = await createPenalty(hub.prisma, {
      findingId: finding.id,
      measure: 'WARNING',
      status: 'EXECUTED',
      issuedAt: new Date('2030-12-31T16:30:00Z'),
    });
    const late = await createPenalty(hub.prisma, {
      findingId: finding.id,
      measure: 'WARNING',
      status: 'EXECUTED',
      issuedAt: new Date('2031-12-31T16:30:00Z'),
    });
    const grade = (year: number, now: string) =>
      computeCreditGrade(
        { actor: insurerAuditor(insurer.id), requestId: null, now: new Date(now) },
        { subjectType: 'PROVIDER', subjectId: other.id, year },
      );
    const penaltiesOf = (r: Awaited<ReturnType<typeof grade>>) =>
      (r.evaluation.deductions as { rule: string; ref: string }[])
        .filter((d) => d.rule === 'PENALTY')
        .map((d) => d.ref);
    const y2031 = await grade(2031, '2032-03-01T00:00:00Z');
    expect(penaltiesOf(y2031)).toEqual([early.number]);
    expect(await eventBySeq(hub, y2031.auditSeq.toString())).toMatchObject({
      type: 'credit.graded',
      providerId: other.id,
    });
    // 23:30 on 31 December 2031 in Beijing: 2032 has not begun.
    await expect(grade(2032, '2031-12-31T15:30:00Z')).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      issues: [expect.objectContaining({ path: ['input', 'year'] })],
    });
    // 00:30 on 1 January 2032 in Beijing, still 2031 in UTC: 2032 has begun.
    const y2032 = await grade(2032, '2031-12-31T16:30:00Z');
    expect(penaltiesOf(y2032)).toEqual([late.number]);
  });
});
