import { builder } from '../builder.js';
import { ClaimLineCategory, InsuranceType, JudgementLevel, RuleKind, SettlementCategory, VisitType } from '../enums.js';
import { CAN } from '../../server/auth/capabilities.js';
import { requestDb } from '../../server/policy/request-db.js';
import { checkClaim } from '../../server/domain/monitoring/check-claim.js';
import { settleClaim, type SettleResult } from '../../server/domain/monitoring/settle-claim.js';
import type { RuleFindingView } from '../../server/domain/monitoring/submitted-claim.js';
import { Claim } from './claim.js';
import { AUDIT_SEQ_DESCRIPTION, commandContext, seqString } from './mutation-payloads.js';

/** 事前提醒 and 事中拦截: a claim submitted by a settlement system or a provider's HIS. */

const ClaimLineInput = builder.inputType('ClaimLineInput', {
  fields: (t) => ({
    catalogueCode: t.string(),
    name: t.string(),
    category: t.field({ type: ClaimLineCategory }),
    quantity: t.field({ type: 'Decimal' }),
    unitPriceFen: t.field({ type: 'Fen' }),
    amountFen: t.field({ type: 'Fen' }),
    daysSupply: t.int({ required: false }),
    prescriptionNo: t.string({ required: false }),
    prescribedOn: t.string({ required: false, description: 'YYYY-MM-DD' }),
    servedOn: t.string({ description: 'YYYY-MM-DD' }),
  }),
});

const ClaimInput = builder.inputType('ClaimInput', {
  description: 'A claim in the national settlement list shape; parties by code.',
  fields: (t) => ({
    settlementId: t.string(),
    insurerCode: t.string({ required: false, description: 'Required for platform admins and provider staff.' }),
    providerCode: t.string(),
    agreementNumber: t.string({ required: false }),
    physicianCode: t.string({ required: false }),
    insuredIdNumber: t.string(),
    insuranceType: t.field({ type: InsuranceType }),
    visitType: t.field({ type: VisitType }),
    settlementCategory: t.field({ type: SettlementCategory }),
    admittedOn: t.string({ required: false, description: 'YYYY-MM-DD' }),
    dischargedOn: t.string({ required: false, description: 'YYYY-MM-DD' }),
    interimSettlement: t.boolean({
      required: false,
      description: '中途结算: this inpatient claim settles one part of a stay that goes on (dischargedOn is the day the part ends and the next begins). Default false.',
    }),
    settledAt: t.string({ description: 'ISO 8601 time' }),
    diagnoses: t.stringList({ description: 'ICD-10 codes' }),
    totalFen: t.field({ type: 'Fen' }),
    fundFen: t.field({ type: 'Fen' }),
    accountFen: t.field({ type: 'Fen' }),
    selfFen: t.field({ type: 'Fen' }),
    lines: t.field({ type: [ClaimLineInput] }),
  }),
});

export const RuleFinding = builder.objectRef<RuleFindingView>('RuleFinding').implement({
  description: 'What one rule found on a submitted claim.',
  fields: (t) => ({
    ruleId: t.exposeString('ruleId'),
    ruleCode: t.exposeString('ruleCode'),
    ruleKey: t.exposeString('ruleKey'),
    ruleVersion: t.exposeInt('ruleVersion'),
    nameZh: t.exposeString('nameZh'),
    nameEn: t.exposeString('nameEn'),
    kind: t.field({ type: RuleKind, resolve: (f) => f.kind }),
    judgementLevel: t.field({ type: JudgementLevel, resolve: (f) => f.judgementLevel as never }),
    blocking: t.exposeBoolean('blocking'),
    amountFen: t.field({ type: 'Fen', resolve: (f) => f.amountFen }),
    detail: t.field({ type: 'JSON', resolve: (f) => f.detail }),
    explanationZh: t.exposeString('explanationZh', { description: 'Why the rule fired, in Chinese: each offence found.' }),
    explanationEn: t.exposeString('explanationEn', { description: 'Why the rule fired, in English.' }),
  }),
});

const CheckClaimPayload = builder.objectRef<{ reminders: RuleFindingView[] }>('CheckClaimPayload').implement({
  fields: (t) => ({ reminders: t.field({ type: [RuleFinding], resolve: (p) => p.reminders }) }),
});

const SettleClaimPayload = builder.objectRef<SettleResult>('SettleClaimPayload').implement({
  fields: (t) => ({
    claim: t.field({
      type: Claim,
      resolve: (p, _args, ctx) => requestDb(ctx).claim.findUniqueOrThrow({ where: { id_settlementMonth: { id: p.claim.id, settlementMonth: new Date(p.claim.settlementMonth) } } }),
    }),
    hits: t.field({ type: [RuleFinding], description: 'Suspicious hits (settled, open for review).', resolve: (p) => p.hits }),
    auditSeq: t.string({ description: AUDIT_SEQ_DESCRIPTION, resolve: seqString }),
  }),
});

builder.mutationFields((t) => ({
  checkClaim: t.field({
    type: CheckClaimPayload,
    description: '事前提醒: the reminders the rules give for a claim about to be settled. Nothing of the claim is stored.',
    authScopes: { roles: CAN.settleClaims },
    args: { input: t.arg({ type: ClaimInput, required: true }) },
    resolve: (_root, { input }, ctx) => checkClaim(commandContext(ctx), input),
  }),
  settleClaim: t.field({
    type: SettleClaimPayload,
    description: '事中拦截: settles a claim, or refuses it with SETTLEMENT_BLOCKED (extensions.hits) when a blocking violation rule fires.',
    authScopes: { roles: CAN.settleClaims },
    args: { input: t.arg({ type: ClaimInput, required: true }) },
    resolve: (_root, { input }, ctx) => settleClaim(commandContext(ctx), input),
  }),
}));
