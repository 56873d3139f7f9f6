import { afterAll, beforeAll } from 'vitest';
import { createTestHub, type TestHub } from '../support/hub.js';
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

/**
 * The world the credit-grade tests share: an insurer with a provider whose 2025 has two
 * confirmed billing violations (a repeat), an open one, one of 2024, an executed and an
 * overturned penalty and a conditional assessment; and a partner with a passed assessment.
 * `useCreditWorld()` registers the hooks that fill `w` before the file's tests run.
 */
export const w = {} as {
  hub: TestHub;
  insurer: { id: string };
  provider: { id: string };
  partner: { id: string };
  partnerAgreement: { id: string };
};

export function useCreditWorld(): void {
  beforeAll(async () => {
    w.hub = await createTestHub();
    w.insurer = await createInsurer(w.hub.prisma);
    w.provider = await createProvider(w.hub.prisma, { insurerId: w.insurer.id });
    w.partner = await createPartner(w.hub.prisma);
    const agreement = await createAgreement(w.hub.prisma, { insurerId: w.insurer.id, providerId: w.provider.id });
    w.partnerAgreement = await createAgreement(w.hub.prisma, { insurerId: w.insurer.id, partnerId: w.partner.id });
    const billing = await createViolationType(w.hub.prisma, {
      category: 'BILLING',
      nameZh: '串换药品',
      nameEn: 'Substitution',
    });
    const f1 = await createFinding(w.hub.prisma, {
      agreementId: agreement.id,
      violationTypeId: billing.id,
      status: 'PENALISED',
      foundOn: day('2025-03-01'),
    });
    await createFinding(w.hub.prisma, {
      agreementId: agreement.id,
      violationTypeId: billing.id,
      status: 'CLOSED',
      foundOn: day('2025-08-01'),
    });
    // Not confirmed, or another year: no deduction.
    await createFinding(w.hub.prisma, {
      agreementId: agreement.id,
      violationTypeId: billing.id,
      status: 'OPEN',
      foundOn: day('2025-09-01'),
    });
    await createFinding(w.hub.prisma, {
      agreementId: agreement.id,
      violationTypeId: billing.id,
      status: 'CLOSED',
      foundOn: day('2024-09-01'),
    });
    await createPenalty(w.hub.prisma, {
      findingId: f1.id,
      measure: 'LIQUIDATED_DAMAGES',
      status: 'EXECUTED',
      issuedAt: new Date('2025-04-01T00:00:00Z'),
    });
    await createPenalty(w.hub.prisma, {
      findingId: f1.id,
      measure: 'WARNING',
      status: 'OVERTURNED',
      issuedAt: new Date('2025-04-01T00:00:00Z'),
    });
    await createAssessment(w.hub.prisma, {
      agreementId: agreement.id,
      year: 2025,
      score: '65.00',
      result: 'CONDITIONAL',
      status: 'PUBLISHED',
    });
    await createAssessment(w.hub.prisma, {
      agreementId: w.partnerAgreement.id,
      year: 2025,
      score: '86.50',
      result: 'PASS',
      status: 'PUBLISHED',
    });
  });
  afterAll(() => w.hub.close());
}

export const COMPUTE = `mutation ($input: ComputeCreditGradeInput!) { computeCreditGrade(input: $input) { auditSeq evaluation { id score grade basis blacklisted version deductions { rule ref points labelZh } } } }`;
export const ADJUST = `mutation ($input: AdjustCreditGradeInput!) { adjustCreditGrade(input: $input) { auditSeq evaluation { score grade basis computedScore adjustmentReason } } }`;
export const FEE = `mutation ($input: SetPartnerFeeFormulaInput!) { setPartnerFeeFormula(input: $input) { auditSeq agreement { id } } }`;
export const ASSESSMENTS = `query ($id: ID!) { node(id: $id) { ... on Agreement { assessments { edges { node { score serviceFee { baseFeeFen factorBasisPoints feeFen } } } } } } }`;
export type Ev = {
  id: string;
  score: string;
  grade: string;
  basis: string;
  version: number;
  deductions: { rule: string; points: number }[];
};
