import { builder } from '../builder.js';
import { CreditSubjectType } from '../enums.js';
import { CAN } from '../../server/auth/capabilities.js';
import type {
  Agreement as AgreementRow,
  CreditEvaluation as CreditRow,
} from '../../server/db/generated/prisma/client.js';
import { computeCreditGrade } from '../../server/domain/credit/compute-credit-grade.js';
import { adjustCreditGrade } from '../../server/domain/credit/adjust-credit-grade.js';
import { setPartnerFeeFormula } from '../../server/domain/credit/set-partner-fee-formula.js';
import { CreditEvaluation } from './credit-evaluation.js';
import { Agreement } from './agreement.js';
import { Insurer } from './insurer.js';
import { AUDIT_SEQ_DESCRIPTION, commandContext, rawId, seqString } from './mutation-payloads.js';

function creditPayload(name: string) {
  return builder.objectRef<{ evaluation: CreditRow; auditSeq: bigint }>(name).implement({
    fields: (t) => ({
      evaluation: t.field({ type: CreditEvaluation, resolve: (p) => p.evaluation }),
      auditSeq: t.string({ description: AUDIT_SEQ_DESCRIPTION, resolve: seqString }),
    }),
  });
}

const SUBJECT_TYPENAME = { PROVIDER: 'Provider', PHYSICIAN: 'Physician', PARTNER: 'Partner' } as const;

const ComputeCreditGradeInput = builder.inputType('ComputeCreditGradeInput', {
  fields: (t) => ({
    insurerId: t.globalID({ for: Insurer, required: false, description: 'Platform admins only.' }),
    subjectType: t.field({ type: CreditSubjectType }),
    subjectId: t.globalID({ description: 'Global ID of the provider, physician or partner graded.' }),
    year: t.int(),
  }),
});

builder.mutationField('computeCreditGrade', (t) =>
  t.field({
    type: creditPayload('ComputeCreditGradePayload'),
    description:
      'Grades a subject from the year’s record by the published scoring standard, listing the deductions.',
    authScopes: { roles: CAN.manageSupervision },
    args: { input: t.arg({ type: ComputeCreditGradeInput, required: true }) },
    resolve: (_root, { input }, ctx) => {
      // A global ID of another type is treated as a missing subject.
      const subjectId =
        input.subjectId.typename === SUBJECT_TYPENAME[input.subjectType]
          ? String(input.subjectId.id)
          : '00000000-0000-0000-0000-000000000000';
      return computeCreditGrade(commandContext(ctx), {
        ...input,
        insurerId: rawId(input.insurerId),
        subjectId,
      });
    },
  }),
);

const AdjustCreditGradeInput = builder.inputType('AdjustCreditGradeInput', {
  fields: (t) => ({
    id: t.globalID({ for: CreditEvaluation }),
    expectedVersion: t.int(),
    score: t.field({ type: 'Decimal' }),
    reason: t.string(),
  }),
});

builder.mutationField('adjustCreditGrade', (t) =>
  t.field({
    type: creditPayload('AdjustCreditGradePayload'),
    description:
      'The agency adjusts an evaluation’s score (and grade) with a recorded reason; the computed score is kept.',
    authScopes: { roles: CAN.decidePenalties },
    args: { input: t.arg({ type: AdjustCreditGradeInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      adjustCreditGrade(commandContext(ctx), { ...input, id: rawId(input.id) }),
  }),
);

const FeeBandInput = builder.inputType('PartnerFeeBandInput', {
  fields: (t) => ({
    minScore: t.field({ type: 'Decimal', description: 'Lowest assessment score of the band.' }),
    factorBasisPoints: t.int({ description: '10000 = 100 % of the base fee.' }),
  }),
});

const SetPartnerFeeFormulaInput = builder.inputType('SetPartnerFeeFormulaInput', {
  fields: (t) => ({
    agreementId: t.globalID({ for: Agreement }),
    expectedVersion: t.int(),
    baseFeeFen: t.field({ type: 'Fen' }),
    bands: t.field({ type: [FeeBandInput] }),
  }),
});

const SetPartnerFeeFormulaPayload = builder
  .objectRef<{ agreement: AgreementRow; auditSeq: bigint }>('SetPartnerFeeFormulaPayload')
  .implement({
    fields: (t) => ({
      agreement: t.field({ type: Agreement, resolve: (p) => p.agreement }),
      auditSeq: t.string({ description: AUDIT_SEQ_DESCRIPTION, resolve: seqString }),
    }),
  });

builder.mutationField('setPartnerFeeFormula', (t) =>
  t.field({
    type: SetPartnerFeeFormulaPayload,
    description:
      'Sets a partner agreement’s service-fee formula: base fee × the factor of the assessment score’s band. Refused (AGREEMENT_NOT_ACTIVE) once the agreement is TERMINATED or EXPIRED: its last results are paid on the formula in force when it ended.',
    authScopes: { roles: CAN.manageAgreements },
    args: { input: t.arg({ type: SetPartnerFeeFormulaInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      setPartnerFeeFormula(commandContext(ctx), { ...input, agreementId: rawId(input.agreementId) }),
  }),
);
