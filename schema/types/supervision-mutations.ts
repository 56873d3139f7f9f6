import { builder } from '../builder.js';
import { CreditSubjectType, RuleStage } from '../enums.js';
import { CAN } from '../../server/auth/capabilities.js';
import type {
  Assessment as AssessmentRow,
  CreditEvaluation as CreditRow,
  RuleHit as RuleHitRow,
} from '../../server/db/generated/prisma/client.js';
import { publishAssessment } from '../../server/domain/assessments/publish-assessment.js';
import { gradeCredit } from '../../server/domain/credit/grade-credit.js';
import { raiseRuleHit } from '../../server/domain/monitoring/raise-rule-hit.js';
import { Agreement } from './agreement.js';
import { Assessment } from './assessment.js';
import { AuditRule } from './audit-rule.js';
import { CreditEvaluation } from './credit-evaluation.js';
import { Insurer } from './insurer.js';
import { InsuredPerson } from './insured-person.js';
import { Physician } from './physician.js';
import { Provider } from './provider.js';
import { RuleHit } from './rule-hit.js';
import { AUDIT_SEQ_DESCRIPTION, commandContext, rawId, seqString } from './mutation-payloads.js';

/** Assessment (考核), credit grades (信用评价) and smart-monitoring rule hits (智能监控). */

const PublishAssessmentInput = builder.inputType('PublishAssessmentInput', {
  fields: (t) => ({
    agreementId: t.globalID({ for: Agreement }),
    year: t.int(),
    score: t.field({
      type: 'Decimal',
      description: '0–100, at most two decimals; the result follows from it.',
    }),
    withheldAmountFen: t.field({ type: 'Fen', required: false }),
    comment: t.string({ required: false }),
  }),
});

const PublishAssessmentPayload = builder
  .objectRef<{ assessment: AssessmentRow; auditSeq: bigint }>('PublishAssessmentPayload')
  .implement({
    fields: (t) => ({
      assessment: t.field({ type: Assessment, resolve: (p) => p.assessment }),
      auditSeq: t.string({ description: AUDIT_SEQ_DESCRIPTION, resolve: seqString }),
    }),
  });

builder.mutationField('publishAssessment', (t) =>
  t.field({
    type: PublishAssessmentPayload,
    description:
      'Publishes an annual assessment of a year its agreement covered (refused on input.year otherwise). A FAIL blocks the renewal of the agreement.',
    authScopes: { roles: CAN.manageSupervision },
    args: { input: t.arg({ type: PublishAssessmentInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      publishAssessment(commandContext(ctx), {
        ...input,
        agreementId: rawId(input.agreementId),
        withheldAmountFen: input.withheldAmountFen ?? undefined,
      }),
  }),
);

const GradeCreditInput = builder.inputType('GradeCreditInput', {
  fields: (t) => ({
    insurerId: t.globalID({ for: Insurer, required: false, description: 'Platform admins only.' }),
    subjectType: t.field({ type: CreditSubjectType }),
    subjectId: t.globalID({ description: 'Global ID of the provider, physician or partner graded.' }),
    year: t.int(),
    score: t.field({ type: 'Decimal' }),
  }),
});

const GradeCreditPayload = builder
  .objectRef<{ evaluation: CreditRow; auditSeq: bigint }>('GradeCreditPayload')
  .implement({
    fields: (t) => ({
      evaluation: t.field({ type: CreditEvaluation, resolve: (p) => p.evaluation }),
      auditSeq: t.string({ description: AUDIT_SEQ_DESCRIPTION, resolve: seqString }),
    }),
  });

const SUBJECT_TYPENAME = { PROVIDER: 'Provider', PHYSICIAN: 'Physician', PARTNER: 'Partner' } as const;

builder.mutationField('gradeCredit', (t) =>
  t.field({
    type: GradeCreditPayload,
    description: 'Records a credit grade (A–D); D puts the subject on the blacklist.',
    authScopes: { roles: CAN.manageSupervision },
    args: { input: t.arg({ type: GradeCreditInput, required: true }) },
    resolve: (_root, { input }, ctx) => {
      // A global ID of another type is treated as a missing subject, with the field named.
      const subjectId =
        input.subjectId.typename === SUBJECT_TYPENAME[input.subjectType]
          ? String(input.subjectId.id)
          : 'not-a-subject-id';
      return gradeCredit(commandContext(ctx), { ...input, insurerId: rawId(input.insurerId), subjectId });
    },
  }),
);

const RaiseRuleHitInput = builder.inputType('RaiseRuleHitInput', {
  fields: (t) => ({
    ruleId: t.globalID({ for: AuditRule }),
    stage: t.field({ type: RuleStage }),
    providerId: t.globalID({ for: Provider }),
    agreementId: t.globalID({ for: Agreement, required: false }),
    physicianId: t.globalID({ for: Physician, required: false }),
    insuredPersonId: t.globalID({ for: InsuredPerson, required: false }),
    claimRef: t.string(),
    amountFen: t.field({ type: 'Fen' }),
    detail: t.string({ required: false }),
    occurredAt: t.field({ type: 'DateTime' }),
  }),
});

const RaiseRuleHitPayload = builder
  .objectRef<{ ruleHit: RuleHitRow; auditSeq: bigint }>('RaiseRuleHitPayload')
  .implement({
    fields: (t) => ({
      ruleHit: t.field({ type: RuleHit, resolve: (p) => p.ruleHit }),
      auditSeq: t.string({ description: AUDIT_SEQ_DESCRIPTION, resolve: seqString }),
    }),
  });

builder.mutationField('raiseRuleHit', (t) =>
  t.field({
    type: RaiseRuleHitPayload,
    description: 'Flags a settlement record with a smart-monitoring rule.',
    authScopes: { roles: CAN.manageSupervision },
    args: { input: t.arg({ type: RaiseRuleHitInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      raiseRuleHit(commandContext(ctx), {
        ...input,
        ruleId: rawId(input.ruleId),
        providerId: rawId(input.providerId),
        agreementId: rawId(input.agreementId),
        physicianId: rawId(input.physicianId),
        insuredPersonId: rawId(input.insuredPersonId),
      }),
  }),
);
