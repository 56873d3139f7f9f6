import { builder } from '../builder.js';
import { IndicatorMetric, RuleHitStatus, RuleHitStep, RuleStage } from '../enums.js';
import { onTimeRuleHitWhere, overdueRuleHitWhere } from '../../server/domain/monitoring/review-overdue.js';
import { explainHit } from '../../server/domain/monitoring/explain-hit.js';
import { hidesOtherClaims, withoutOtherClaims } from '../../server/domain/monitoring/other-claims.js';
import type { Viewer } from '../../server/auth/viewer.js';
import { CAN } from '../../server/auth/capabilities.js';
import { visible } from '../../server/auth/tenant-filters.js';
import type { Prisma } from '../../server/db/generated/prisma/client.js';
import type { Context } from '../../server/context.js';
import { requestDb } from '../../server/policy/request-db.js';
import { allOf, connectionOf, defined, idOf, oneOf, orderOf, range, search } from './connection-helpers.js';
import { Provider } from './provider.js';
import { Agreement } from './agreement.js';
import { AuditRule } from './audit-rule.js';

/** A settlement record (claim) flagged by a smart-monitoring rule. */
export const RuleHit = builder.prismaNode('RuleHit', {
  id: { field: 'id' },
  authScopes: { roles: CAN.read },
  findUnique: (id, ctx) => ({ id, AND: [visible.ruleHit(ctx.viewer)] }),
  nullable: true,
  fields: (t) => ({
    stage: t.expose('stage', { type: RuleStage }),
    claimRef: t.exposeString('claimRef'),
    amountFen: t.expose('amountFen', { type: 'Fen' }),
    detail: t.exposeString('detail', { nullable: true }),
    explanationZh: t.string({
      nullable: true,
      description: 'Why the claim was flagged, in Chinese: each offence the rule found (lines, limits, dates).',
      select: { detail: true, detailJson: true, rule: { select: { ruleKey: true } } },
      resolve: (h, _args, ctx) => explainFor(ctx.viewer, h)?.zh ?? null,
    }),
    explanationEn: t.string({
      nullable: true,
      description: 'Why the claim was flagged, in English.',
      select: { detail: true, detailJson: true, rule: { select: { ruleKey: true } } },
      resolve: (h, _args, ctx) => explainFor(ctx.viewer, h)?.en ?? null,
    }),
    indicatorMetric: t.expose('indicatorMetric', {
      type: IndicatorMetric,
      nullable: true,
      description: "Set on a breached control indicator's hit: the indicator (its clause, threshold and value are in `detail`).",
    }),
    indicatorMonth: t.expose('indicatorMonth', {
      type: 'Date',
      nullable: true,
      description: "The month measured (the year's January for the annual payment limit).",
    }),
    status: t.expose('status', { type: RuleHitStatus }),
    occurredAt: t.expose('occurredAt', { type: 'DateTime' }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    rule: t.relation('rule'),
    provider: t.relation('provider'),
    agreement: t.relation('agreement', { nullable: true }),
    physician: t.relation('physician', { nullable: true }),
    insuredPerson: t.relation('insuredPerson', { nullable: true }),
    finding: t.relation('finding', { nullable: true }),
  }),
});

export const RuleHitConnection = connectionOf(RuleHit, 'RuleHit');

export const ruleHitOrder = orderOf(
  'RuleHit',
  { OCCURRED_AT: 'occurredAt', AMOUNT: 'amountFen', CREATED_AT: 'createdAt', DUE_AT: 'stepDueAt' },
  'OCCURRED_AT',
);
export const RuleHitOrder = ruleHitOrder.Input;

export const RuleHitFilter = builder.inputType('RuleHitFilter', {
  fields: (t) => ({
    status: t.field({ type: [RuleHitStatus], required: false }),
    stage: t.field({ type: [RuleStage], required: false }),
    ruleId: t.globalID({ for: AuditRule, required: false }),
    providerId: t.globalID({ for: Provider, required: false }),
    agreementId: t.globalID({ for: Agreement, required: false }),
    occurredFrom: t.field({ type: 'DateTime', required: false }),
    occurredTo: t.field({ type: 'DateTime', required: false }),
    amountMin: t.field({ type: 'Fen', required: false }),
    amountMax: t.field({ type: 'Fen', required: false }),
    search: t.string({ required: false, description: 'Claim reference.' }),
    step: t.field({ type: [RuleHitStep], required: false, description: 'Handling step.' }),
    overdue: t.boolean({
      required: false,
      description: 'true: open hits past their step’s due date; false: open hits still in time.',
    }),
  }),
});

export function ruleHitWhere(
  ctx: Context,
  filter: typeof RuleHitFilter.$inferInput | null | undefined,
): Prisma.RuleHitWhereInput {
  const f = filter ?? {};
  return allOf<Prisma.RuleHitWhereInput>(
    visible.ruleHit(ctx.viewer),
    defined({
      status: oneOf(f.status),
      stage: oneOf(f.stage),
      ruleId: idOf(f.ruleId),
      providerId: idOf(f.providerId),
      agreementId: idOf(f.agreementId),
      occurredAt: range(f.occurredFrom, f.occurredTo),
      amountFen: range(f.amountMin, f.amountMax),
    }),
    search(f.search, ['claimRef']),
    defined({ step: oneOf(f.step) }),
    f.overdue == null ? {} : f.overdue ? overdueRuleHitWhere(new Date()) : onTimeRuleHitWhere(new Date()),
  );
}

builder.queryFields((t) => ({
  ruleHits: t.prismaConnection(
    {
      type: RuleHit,
      cursor: 'id',
      authScopes: { roles: CAN.read },
      args: {
        filter: t.arg({ type: RuleHitFilter, required: false }),
        orderBy: t.arg({ type: RuleHitOrder, required: false }),
      },
      resolve: (query, _root, args, ctx) =>
        requestDb(ctx).ruleHit.findMany({
          ...query,
          where: ruleHitWhere(ctx, args.filter),
          orderBy: ruleHitOrder.toPrisma(args.orderBy),
        }),
      totalCount: (_root, args, ctx) => requestDb(ctx).ruleHit.count({ where: ruleHitWhere(ctx, args.filter) }),
    },
    RuleHitConnection,
  ),
}));

/** Provider staff read a hit without other providers' settlement ids (other-claims.ts). */
function explainFor(viewer: Viewer, h: { detail: string | null; detailJson: unknown; rule: { ruleKey: string | null } }) {
  const detailJson = hidesOtherClaims(viewer) ? withoutOtherClaims(h.rule.ruleKey, h.detailJson) : h.detailJson;
  return explainHit({ ruleKey: h.rule.ruleKey, detailJson, detail: h.detail });
}
