import { builder } from '../builder.js';
import { HospitalGrade, Ownership, PharmacyClass, ProviderKind } from '../enums.js';
import { CAN } from '../../server/auth/capabilities.js';
import type { DesignationApplication as Row } from '../../server/db/generated/prisma/client.js';
import { applyForDesignation } from '../../server/domain/admission/apply-for-designation.js';
import { evaluateApplication } from '../../server/domain/admission/evaluate-application.js';
import { decideApplication } from '../../server/domain/admission/decide-application.js';
import { withdrawApplication } from '../../server/domain/admission/withdraw-application.js';
import { SCORE_ITEM_CODES } from '../../server/domain/admission/rules.js';
import { DesignationApplication } from './designation-application.js';
import { Insurer } from './insurer.js';
import { Provider } from './provider.js';
import { AUDIT_SEQ_DESCRIPTION, commandContext, rawId, seqString } from './mutation-payloads.js';

function payload(name: string) {
  return builder.objectRef<{ application: Row; auditSeq: bigint }>(name).implement({
    fields: (t) => ({
      application: t.field({ type: DesignationApplication, resolve: (p) => p.application }),
      auditSeq: t.string({ description: AUDIT_SEQ_DESCRIPTION, resolve: seqString }),
    }),
  });
}

const MaterialInput = builder.inputType('ApplicationMaterialInput', {
  fields: (t) => ({
    title: t.string(),
    ref: t.string({ description: 'Where the document is kept (file number, URL).' }),
  }),
});

const ApplyForDesignationInput = builder.inputType('ApplyForDesignationInput', {
  fields: (t) => ({
    insurerId: t.globalID({
      for: Insurer,
      required: false,
      description: 'Platform admins and provider staff name the insurer.',
    }),
    providerId: t.globalID({
      for: Provider,
      required: false,
      description: 'An existing provider applying again.',
    }),
    applicantNameZh: t.string(),
    applicantNameEn: t.string(),
    kind: t.field({ type: ProviderKind }),
    hospitalGrade: t.field({ type: HospitalGrade, required: false }),
    pharmacyClass: t.field({ type: PharmacyClass, required: false }),
    ownership: t.field({ type: Ownership }),
    licenceScope: t.stringList(),
    regionCode: t.string(),
    address: t.string({ required: false }),
    materials: t.field({ type: [MaterialInput], required: false }),
  }),
});

builder.mutationField('applyForDesignation', (t) =>
  t.field({
    type: payload('ApplyForDesignationPayload'),
    description:
      'Applies for designation (定点申请): agency admins enter a paper application; provider staff apply for their own provider. Refused with REAPPLICATION_BANNED during a 3-year ban.',
    authScopes: { roles: CAN.applyForDesignation },
    args: { input: t.arg({ type: ApplyForDesignationInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      applyForDesignation(commandContext(ctx), {
        ...input,
        insurerId: rawId(input.insurerId),
        providerId: rawId(input.providerId),
        materials: input.materials ?? [],
      }),
  }),
);

const ScoreItemCode = builder.enumType('AdmissionScoreItem', { values: SCORE_ITEM_CODES });

const ScoreInput = builder.inputType('AdmissionScoreInput', {
  fields: (t) => ({
    item: t.field({ type: ScoreItemCode }),
    score: t.int(),
    note: t.string({ required: false }),
  }),
});

const EvaluateApplicationInput = builder.inputType('EvaluateApplicationInput', {
  fields: (t) => ({
    id: t.globalID({ for: DesignationApplication }),
    expectedVersion: t.int(),
    scores: t.field({ type: [ScoreInput] }),
  }),
});

builder.mutationField('evaluateApplication', (t) =>
  t.field({
    type: payload('EvaluateApplicationPayload'),
    description:
      'Records the evaluation (site visit, materials, information system) against the published scoring standard.',
    authScopes: { roles: CAN.manageSupervision },
    args: { input: t.arg({ type: EvaluateApplicationInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      evaluateApplication(commandContext(ctx), { ...input, id: rawId(input.id) }),
  }),
);

const ApplicationDecision = builder.enumType('ApplicationDecision', {
  values: ['DESIGNATE', 'REFUSE'] as const,
});

const DecideApplicationInput = builder.inputType('DecideApplicationInput', {
  fields: (t) => ({
    id: t.globalID({ for: DesignationApplication }),
    expectedVersion: t.int(),
    decision: t.field({ type: ApplicationDecision }),
    reason: t.string({ required: false, description: 'REFUSE: the reason given to the applicant.' }),
    startsOn: t.field({
      type: 'Date',
      required: false,
      description: 'DESIGNATE: the draft agreement’s start (default today).',
    }),
    endsOn: t.field({ type: 'Date', required: false, description: 'DESIGNATE: its end (default one year).' }),
    templateCode: t.string({ required: false }),
    templateVersion: t.string({ required: false }),
  }),
});

builder.mutationField('decideApplication', (t) =>
  t.field({
    type: payload('DecideApplicationPayload'),
    description:
      'DESIGNATE (after a passing evaluation: the provider is designated and a DRAFT service agreement prepared) or REFUSE with a reason.',
    authScopes: { roles: CAN.manageAgreements },
    args: { input: t.arg({ type: DecideApplicationInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      decideApplication(commandContext(ctx), { ...input, id: rawId(input.id) }),
  }),
);

const WithdrawApplicationInput = builder.inputType('WithdrawApplicationInput', {
  fields: (t) => ({
    id: t.globalID({ for: DesignationApplication }),
    expectedVersion: t.int(),
    reason: t.string({ required: false }),
  }),
});

builder.mutationField('withdrawApplication', (t) =>
  t.field({
    type: payload('WithdrawApplicationPayload'),
    description: 'The applicant withdraws its application before the decision.',
    authScopes: { roles: CAN.applyForDesignation },
    args: { input: t.arg({ type: WithdrawApplicationInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      withdrawApplication(commandContext(ctx), { ...input, id: rawId(input.id) }),
  }),
);
