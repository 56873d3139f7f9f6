import { builder } from '../builder.js';
import { AppealDecision, AppealKind, InsuredSuspensionScope, PenaltyMeasure } from '../enums.js';
import { CAN } from '../../server/auth/capabilities.js';
import type { Penalty as PenaltyRow } from '../../server/db/generated/prisma/client.js';
import { proposePenalty } from '../../server/domain/penalties/propose-penalty.js';
import { issuePenalty } from '../../server/domain/penalties/issue-penalty.js';
import { fileAppeal } from '../../server/domain/penalties/file-appeal.js';
import { decideAppeal } from '../../server/domain/penalties/decide-appeal.js';
import { executePenalty } from '../../server/domain/penalties/execute-penalty.js';
import { closePenalty } from '../../server/domain/penalties/close-penalty.js';
import { proposeLadderPenalty } from '../../server/domain/templates/propose-ladder-penalty.js';
import { Finding } from './finding.js';
import { InsuredPerson } from './insured-person.js';
import { Penalty } from './penalty.js';
import { Physician } from './physician.js';
import { AUDIT_SEQ_DESCRIPTION, commandContext, rawId, seqString } from './mutation-payloads.js';

/** The penalty workflow: propose → issue → (appeal → decide) → execute → close. */

function penaltyPayload(name: string, description: string) {
  return builder.objectRef<{ penalty: PenaltyRow; auditSeq: bigint }>(name).implement({
    description,
    fields: (t) => ({
      penalty: t.field({ type: Penalty, resolve: (p) => p.penalty }),
      auditSeq: t.string({ description: AUDIT_SEQ_DESCRIPTION, resolve: seqString }),
    }),
  });
}

const ProposePenaltyInput = builder.inputType('ProposePenaltyInput', {
  fields: (t) => ({
    findingId: t.globalID({ for: Finding }),
    measure: t.field({ type: PenaltyMeasure }),
    multiple: t.field({
      type: 'Decimal',
      required: false,
      description: 'DEDUCTION / LIQUIDATED_DAMAGES 1–5×, ADMINISTRATIVE_FINE_REFERRAL 2–5×.',
    }),
    durationMonths: t.int({
      required: false,
      description: 'PHYSICIAN_BILLING_SUSPENSION 12–60; INSURED_SETTLEMENT_SUSPENSION 1–12 (default 12).',
    }),
    insuredSuspensionScope: t.field({
      type: InsuredSuspensionScope,
      required: false,
      description:
        'INSURED_SETTLEMENT_SUSPENSION only (BAD_USER_INPUT on any other measure): ALL_DIRECT_SETTLEMENT (default) refuses every claim of the person; CHRONIC_PHARMACY only chronic-disease settlements at designated pharmacies (S2: 暂停门诊规定病种定点药店结算).',
    }),
    physicianId: t.globalID({ for: Physician, required: false }),
    insuredPersonId: t.globalID({ for: InsuredPerson, required: false }),
    rectificationDueOn: t.field({ type: 'Date', required: false }),
    legalBasis: t.string(),
    clauseRef: t.string({ required: false }),
    notes: t.string({ required: false }),
  }),
});

builder.mutationField('proposePenalty', (t) =>
  t.field({
    type: penaltyPayload(
      'ProposePenaltyPayload',
      'The proposed penalty; its amount is computed from the measure.',
    ),
    authScopes: { roles: CAN.proposePenalties },
    args: { input: t.arg({ type: ProposePenaltyInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      proposePenalty(commandContext(ctx), {
        ...input,
        findingId: rawId(input.findingId),
        physicianId: rawId(input.physicianId),
        insuredPersonId: rawId(input.insuredPersonId),
      }),
  }),
);

const ProposeLadderPenaltyInput = builder.inputType('ProposeLadderPenaltyInput', {
  fields: (t) => ({
    findingId: t.globalID({ for: Finding }),
    clauseNo: t.string({
      required: false,
      description: "The clause breached; by default the clause whose rules include the finding's rule hit.",
    }),
    legalBasis: t.string({ required: false, description: 'Defaults to the clause.' }),
  }),
});

builder.mutationField('proposeLadderPenalty', (t) =>
  t.field({
    type: penaltyPayload(
      'ProposeLadderPenaltyPayload',
      "The penalty the breached clause's ladder prescribes at the provider's step.",
    ),
    authScopes: { roles: CAN.proposePenalties },
    args: { input: t.arg({ type: ProposeLadderPenaltyInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      proposeLadderPenalty(commandContext(ctx), { ...input, findingId: rawId(input.findingId) }),
  }),
);

const IssuePenaltyInput = builder.inputType('IssuePenaltyInput', {
  fields: (t) => ({
    id: t.globalID({ for: Penalty }),
    expectedVersion: t.int(),
    legalBasis: t.string({ required: false }),
    clauseRef: t.string({ required: false }),
    rectificationDueOn: t.field({
      type: 'Date',
      required: false,
      description: 'A rectification only: a new deadline (after the day of issue), when the proposed one has passed.',
    }),
  }),
});

builder.mutationField('issuePenalty', (t) =>
  t.field({
    type: penaltyPayload('IssuePenaltyPayload', 'The issued penalty with its appeal deadline.'),
    authScopes: { roles: CAN.decidePenalties },
    args: { input: t.arg({ type: IssuePenaltyInput, required: true }) },
    resolve: (_root, { input }, ctx) => issuePenalty(commandContext(ctx), { ...input, id: rawId(input.id) }),
  }),
);

const FileAppealInput = builder.inputType('FileAppealInput', {
  fields: (t) => ({
    penaltyId: t.globalID({ for: Penalty }),
    kind: t.field({ type: AppealKind }),
    grounds: t.string(),
    expectedVersion: t.int({ required: false }),
  }),
});

builder.mutationField('fileAppeal', (t) =>
  t.field({
    type: penaltyPayload('FileAppealPayload', 'The appealed penalty.'),
    description:
      'Appeals an ISSUED or EXECUTED penalty before its deadline (APPEAL_DEADLINE_PASSED after); an executed penalty stays executed until the decision.',
    authScopes: { roles: CAN.fileAppeals },
    args: { input: t.arg({ type: FileAppealInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      fileAppeal(commandContext(ctx), { ...input, penaltyId: rawId(input.penaltyId) }),
  }),
);

const DecideAppealInput = builder.inputType('DecideAppealInput', {
  fields: (t) => ({
    penaltyId: t.globalID({ for: Penalty }),
    expectedVersion: t.int(),
    decision: t.field({ type: AppealDecision }),
    reason: t.string(),
    reducedAmountFen: t.field({
      type: 'Fen',
      required: false,
      description: 'REDUCE only: the new, lower amount.',
    }),
  }),
});

builder.mutationField('decideAppeal', (t) =>
  t.field({
    type: penaltyPayload('DecideAppealPayload', 'The penalty upheld, reduced or overturned.'),
    authScopes: { roles: CAN.decidePenalties },
    args: { input: t.arg({ type: DecideAppealInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      decideAppeal(commandContext(ctx), { ...input, penaltyId: rawId(input.penaltyId) }),
  }),
);

const ExecutePenaltyInput = builder.inputType('ExecutePenaltyInput', {
  fields: (t) => ({
    id: t.globalID({ for: Penalty }),
    expectedVersion: t.int(),
    recoveredAmountFen: t.field({
      type: 'Fen',
      required: false,
      description: 'Money measures; defaults to the full amount.',
    }),
    effectiveFrom: t.field({ type: 'Date', required: false }),
  }),
});

builder.mutationField('executePenalty', (t) =>
  t.field({
    type: penaltyPayload(
      'ExecutePenaltyPayload',
      'The executed penalty; suspensions and terminations are applied in the same transaction. A termination waits for its appeal period (APPEAL_PERIOD_RUNNING).',
    ),
    authScopes: { roles: CAN.decidePenalties },
    args: { input: t.arg({ type: ExecutePenaltyInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      executePenalty(commandContext(ctx), { ...input, id: rawId(input.id) }),
  }),
);

const ClosePenaltyInput = builder.inputType('ClosePenaltyInput', {
  fields: (t) => ({
    id: t.globalID({ for: Penalty }),
    expectedVersion: t.int(),
    reason: t.string({ required: false }),
  }),
});

builder.mutationField('closePenalty', (t) =>
  t.field({
    type: penaltyPayload('ClosePenaltyPayload', 'The closed penalty.'),
    authScopes: { roles: CAN.decidePenalties },
    args: { input: t.arg({ type: ClosePenaltyInput, required: true }) },
    resolve: (_root, { input }, ctx) => closePenalty(commandContext(ctx), { ...input, id: rawId(input.id) }),
  }),
);
