import type { Prisma } from '../../server/db/generated/prisma/client.js';
import type { Db } from './db.js';
import { day, uniq } from './db.js';

// Supervision outcomes: violation types, findings, penalties, appeals, assessments, credit grades.

export function createViolationType(db: Db, data: Partial<Prisma.ViolationTypeUncheckedCreateInput> = {}) {
  const code = data.code ?? uniq('V');
  return db.violationType.create({
    data: {
      code,
      nameZh: `分解住院${code}`,
      nameEn: `Split admission ${code}`,
      category: 'HOSPITALISATION',
      appliesTo: ['PROVIDER'],
      ...data,
    },
  });
}

/** A finding on an agreement; provider defaults to the agreement's, violation type is created if absent. */
export async function createFinding(
  db: Db,
  data: Partial<Prisma.FindingUncheckedCreateInput> & { agreementId: string },
) {
  const agreement = await db.agreement.findUniqueOrThrow({ where: { id: data.agreementId } });
  const providerId = data.providerId ?? agreement.providerId;
  if (!providerId) throw new Error('createFinding: a partner agreement needs an explicit providerId');
  const violationTypeId = data.violationTypeId ?? (await createViolationType(db)).id;
  return db.finding.create({
    data: {
      number: uniq('WG-'),
      source: 'ON_SITE_INSPECTION',
      description: '检查发现违规',
      violatingAmountFen: 3_643_000n,
      foundOn: day('2025-06-01'),
      ...data,
      insurerId: agreement.insurerId,
      providerId,
      violationTypeId,
    },
  });
}

/** A penalty on a finding; agreement and provider come from the finding. */
export async function createPenalty(
  db: Db,
  data: Partial<Prisma.PenaltyUncheckedCreateInput> & { findingId: string },
) {
  const finding = await db.finding.findUniqueOrThrow({ where: { id: data.findingId } });
  return db.penalty.create({
    data: {
      number: uniq('CF-'),
      agreementId: finding.agreementId,
      insurerId: finding.insurerId,
      providerId: finding.providerId,
      target: 'PROVIDER',
      measure: 'DEDUCTION',
      baseAmountFen: finding.violatingAmountFen,
      multiple: '2.00',
      amountFen: finding.violatingAmountFen * 2n,
      legalBasis: '《医疗保障基金使用监督管理条例》第三十八条',
      ...data,
    },
  });
}

export function createAppeal(
  db: Db,
  data: Partial<Prisma.AppealUncheckedCreateInput> & { penaltyId: string },
) {
  return db.appeal.create({
    data: { kind: 'APPEAL', grounds: '计算有误', filedByType: 'USER', filedById: 'test', ...data },
  });
}

export function createAssessment(
  db: Db,
  data: Partial<Prisma.AssessmentUncheckedCreateInput> & { agreementId: string },
) {
  return db.assessment.create({ data: { year: 2025, score: '86.50', result: 'PASS', ...data } });
}

export function createCreditEvaluation(
  db: Db,
  data: Partial<Prisma.CreditEvaluationUncheckedCreateInput> & { insurerId: string },
) {
  return db.creditEvaluation.create({
    data: {
      subjectType: data.partnerId ? 'PARTNER' : data.physicianId ? 'PHYSICIAN' : 'PROVIDER',
      year: 2025,
      score: '90.00',
      grade: 'A',
      ...data,
    },
  });
}
