import { builder } from '../builder.js';
import { CAN } from '../../server/auth/capabilities.js';
import type {
  Finding as FindingRow,
  RuleHit as RuleHitRow,
} from '../../server/db/generated/prisma/client.js';
import type { RuleHitTransition as TransitionRow } from '../../server/db/generated/prisma/client.js';
import { answerRuleHit } from '../../server/domain/monitoring/answer-rule-hit.js';
import { confirmRuleHits } from '../../server/domain/monitoring/confirm-rule-hits.js';
import { dismissRuleHit } from '../../server/domain/monitoring/dismiss-rule-hit.js';
import { investigateRuleHit } from '../../server/domain/monitoring/investigate-rule-hit.js';
import { reexamineRuleHit } from '../../server/domain/monitoring/reexamine-rule-hit.js';
import { reviewRuleHit } from '../../server/domain/monitoring/review-rule-hit.js';
import type { ReviewDeadlines } from '../../server/domain/monitoring/review-rules.js';
import { updateReviewDeadlines } from '../../server/domain/monitoring/update-review-deadlines.js';
import { Finding } from './finding.js';
import { Penalty } from './penalty.js';
import type { PenaltyResult } from '../../server/domain/penalties/step.js';
import { Insurer } from './insurer.js';
import { RuleHit } from './rule-hit.js';
import { ReviewDeadlinesRef, RuleHitTransition } from './rule-hit-review.js';
import { ViolationType } from './violation-type.js';
import { AUDIT_SEQ_DESCRIPTION, commandContext, rawId, seqString } from './mutation-payloads.js';

/** The handling procedure's steps (疑点处理): one mutation per step, plus the insurer's deadlines. */

const RuleHitStepInput = builder.inputType('RuleHitStepInput', {
  fields: (t) => ({
    ruleHitId: t.globalID({ for: RuleHit }),
    note: t.string({ description: 'The opinion, statement or reason (up to 5,000 characters).' }),
  }),
});

const InvestigateRuleHitInput = builder.inputType('InvestigateRuleHitInput', {
  fields: (t) => ({
    ruleHitId: t.globalID({ for: RuleHit }),
    note: t.string({ description: 'The investigation result.' }),
    violatingAmountFen: t.field({
      type: 'Fen',
      required: false,
      description: 'The violating amount established (at most the amount flagged).',
    }),
  }),
});

type StepResult = { ruleHit: RuleHitRow; transition: TransitionRow; auditSeq: bigint };

const RuleHitStepPayload = builder.objectRef<StepResult>('RuleHitStepPayload').implement({
  fields: (t) => ({
    ruleHit: t.field({ type: RuleHit, resolve: (p) => p.ruleHit }),
    transition: t.field({ type: RuleHitTransition, resolve: (p) => p.transition }),
    auditSeq: t.string({ description: AUDIT_SEQ_DESCRIPTION, resolve: seqString }),
  }),
});

const STEPS = [
  [
    'reviewRuleHit',
    reviewRuleHit,
    CAN.reviewRuleHits,
    'Initial review (初审): agency staff or an entrusted partner.',
  ],
  [
    'reexamineRuleHit',
    reexamineRuleHit,
    CAN.reviewRuleHits,
    'Re-examination (复审); the provider is then asked for its statement.',
  ],
  ['answerRuleHit', answerRuleHit, CAN.answerRuleHits, "The provider's statement (陈述申辩) on its own hit."],
  [
    'dismissRuleHit',
    dismissRuleHit,
    CAN.handleRuleHits,
    'Dismisses the hit with the reason (排除疑点), from any open step.',
  ],
] as const;

for (const [name, command, roles, description] of STEPS) {
  builder.mutationField(name, (t) =>
    t.field({
      type: RuleHitStepPayload,
      description,
      authScopes: { roles },
      args: { input: t.arg({ type: RuleHitStepInput, required: true }) },
      resolve: (_root, { input }, ctx) =>
        command(commandContext(ctx), { ruleHitId: rawId(input.ruleHitId), note: input.note }),
    }),
  );
}

builder.mutationField('investigateRuleHit', (t) =>
  t.field({
    type: RuleHitStepPayload,
    description:
      'Investigation result (调查核实); from the statement step only once the statement period has run out.',
    authScopes: { roles: CAN.handleRuleHits },
    args: { input: t.arg({ type: InvestigateRuleHitInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      investigateRuleHit(commandContext(ctx), { ...input, ruleHitId: rawId(input.ruleHitId) }),
  }),
);

const ConfirmRuleHitItem = builder.inputType('ConfirmRuleHitItem', {
  fields: (t) => ({
    ruleHitId: t.globalID({ for: RuleHit }),
    violatingAmountFen: t.field({
      type: 'Fen',
      required: false,
      description: 'Defaults to the amount the investigation established, else the amount flagged.',
    }),
  }),
});

const ConfirmRuleHitsInput = builder.inputType('ConfirmRuleHitsInput', {
  fields: (t) => ({
    items: t.field({ type: [ConfirmRuleHitItem], description: '1–100 hits awaiting handling.' }),
    violationTypeId: t.globalID({
      for: ViolationType,
      required: false,
      description: "Defaults to the violation type of each hit's rule.",
    }),
    note: t.string({ description: "The handling decision; becomes each finding's description." }),
  }),
});

type Confirmed = StepResult & { finding: FindingRow; ladderPenalty: PenaltyResult | null };

const ConfirmedRuleHit = builder.objectRef<Confirmed>('ConfirmedRuleHit').implement({
  fields: (t) => ({
    ruleHit: t.field({ type: RuleHit, resolve: (p) => p.ruleHit }),
    finding: t.field({ type: Finding, resolve: (p) => p.finding }),
    ladderPenalty: t.field({
      type: Penalty,
      nullable: true,
      description:
        "The penalty proposed by the ladder of the template clause linking the hit's rule or indicator (its step chosen by the provider's earlier breaches within the ladder's window); without a ladder, for a control-indicator hit, the indicator's breach measure (the agreement's, else the document's: a stocking-rate breach suspends the agreement); null when neither applies.",
      resolve: (p) => p.ladderPenalty?.penalty ?? null,
    }),
    auditSeq: t.string({ description: AUDIT_SEQ_DESCRIPTION, resolve: seqString }),
  }),
});

const ConfirmRuleHitsPayload = builder
  .objectRef<{ confirmed: Confirmed[] }>('ConfirmRuleHitsPayload')
  .implement({
    fields: (t) => ({
      confirmed: t.field({ type: [ConfirmedRuleHit], resolve: (p) => p.confirmed }),
    }),
  });

builder.mutationField('confirmRuleHits', (t) =>
  t.field({
    type: ConfirmRuleHitsPayload,
    description:
      'Confirms hits awaiting handling into findings (确认违规), one finding per hit. All or nothing: one hit that cannot be confirmed refuses the list (its position in `extensions.itemIndex` or the field path).',
    authScopes: { roles: CAN.handleRuleHits },
    args: { input: t.arg({ type: ConfirmRuleHitsInput, required: true }) },
    resolve: async (_root, { input }, ctx) => ({
      confirmed: await confirmRuleHits(commandContext(ctx), {
        items: input.items.map((i) => ({
          ruleHitId: rawId(i.ruleHitId),
          violatingAmountFen: i.violatingAmountFen,
        })),
        violationTypeId: rawId(input.violationTypeId),
        note: input.note,
      }),
    }),
  }),
);

const UpdateReviewDeadlinesInput = builder.inputType('UpdateReviewDeadlinesInput', {
  fields: (t) => ({
    insurerId: t.globalID({ for: Insurer, required: false, description: 'Platform admins only.' }),
    initialReviewDays: t.int(),
    reexaminationDays: t.int(),
    statementDays: t.int(),
    investigationDays: t.int(),
    handlingDays: t.int(),
  }),
});

const UpdateReviewDeadlinesPayload = builder
  .objectRef<{ insurerId: string; deadlines: ReviewDeadlines; auditSeq: bigint }>(
    'UpdateReviewDeadlinesPayload',
  )
  .implement({
    fields: (t) => ({
      reviewDeadlines: t.field({
        type: ReviewDeadlinesRef,
        resolve: (p) => ({ insurerId: p.insurerId, ...p.deadlines }),
      }),
      auditSeq: t.string({ description: AUDIT_SEQ_DESCRIPTION, resolve: seqString }),
    }),
  });

builder.mutationField('updateReviewDeadlines', (t) =>
  t.field({
    type: UpdateReviewDeadlinesPayload,
    description:
      "Sets the days each handling step may take at the insurer (1–365); open steps' due dates follow.",
    authScopes: { roles: CAN.configureReview },
    args: { input: t.arg({ type: UpdateReviewDeadlinesInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      updateReviewDeadlines(commandContext(ctx), { ...input, insurerId: rawId(input.insurerId) }),
  }),
);
