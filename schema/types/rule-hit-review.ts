import { builder } from '../builder.js';
import { ActorType, RuleHitAction, RuleHitStep } from '../enums.js';
import { CAN } from '../../server/auth/capabilities.js';
import { visible } from '../../server/auth/tenant-filters.js';
import { requestDb } from '../../server/policy/request-db.js';
import type { Context } from '../../server/context.js';
import { loadReviewDeadlines } from '../../server/domain/monitoring/review-deadlines.js';
import {
  allowedActions,
  isOverdue,
  type ReviewDeadlines,
} from '../../server/domain/monitoring/review-rules.js';
import { entrustedWithMonitoring } from '../../server/domain/monitoring/review-step.js';
import { Finding } from './finding.js';
import { Insurer } from './insurer.js';
import { RuleHit } from './rule-hit.js';

/** The handling procedure on a rule hit: its step, due date, history, and the viewer's moves. */

export const RuleHitTransition = builder.prismaObject('RuleHitTransition', {
  authScopes: { roles: CAN.read },
  description: 'One step taken on a rule hit (its history).',
  fields: (t) => ({
    id: t.exposeID('id'),
    action: t.expose('action', { type: RuleHitAction }),
    fromStep: t.expose('fromStep', { type: RuleHitStep }),
    toStep: t.expose('toStep', { type: RuleHitStep }),
    note: t.exposeString('note', { description: 'Opinion, statement, investigation result or reason.' }),
    amountFen: t.expose('amountFen', { type: 'Fen', nullable: true }),
    finding: t.field({
      type: Finding,
      nullable: true,
      resolve: (row, _args, ctx) =>
        row.findingId
          ? requestDb(ctx).finding.findFirst({ where: { AND: [{ id: row.findingId }, visible.finding(ctx.viewer)] } })
          : null,
    }),
    dueAt: t.expose('dueAt', { type: 'DateTime', description: 'When the step taken was due.' }),
    late: t.exposeBoolean('late', { description: 'Taken after its due date.' }),
    actorType: t.expose('actorType', { type: ActorType }),
    actorId: t.exposeString('actorId'),
    occurredAt: t.expose('occurredAt', { type: 'DateTime' }),
  }),
});

/** Partners' entrustment, once per operation and insurer (list pages ask for every row). */
const entrustment = new WeakMap<Context, Map<string, Promise<boolean>>>();
function partnerMayReview(ctx: Context, insurerId: string): Promise<boolean> {
  if (ctx.viewer.role !== 'PARTNER' || !ctx.viewer.partnerId) return Promise.resolve(true);
  const byInsurer = entrustment.get(ctx) ?? new Map<string, Promise<boolean>>();
  entrustment.set(ctx, byInsurer);
  let known = byInsurer.get(insurerId);
  if (!known) {
    known = entrustedWithMonitoring(requestDb(ctx), ctx.viewer.partnerId, insurerId);
    byInsurer.set(insurerId, known);
  }
  return known;
}

builder.prismaObjectFields(RuleHit, (t) => ({
  step: t.expose('step', { type: RuleHitStep }),
  stepEnteredAt: t.expose('stepEnteredAt', { type: 'DateTime', description: 'When the current step began.' }),
  dueAt: t.expose('stepDueAt', {
    type: 'DateTime',
    nullable: true,
    description: "When the current step is due (the insurer's deadlines); null once closed.",
  }),
  overdue: t.boolean({
    select: { step: true, stepDueAt: true },
    resolve: (hit) => isOverdue(hit.step, hit.stepDueAt, new Date()),
  }),
  allowedActions: t.field({
    type: [RuleHitAction],
    description: 'The steps the viewer may take on this hit now.',
    select: { step: true, stepDueAt: true, rule: { select: { insurerId: true } } },
    resolve: async (hit, _args, ctx) =>
      allowedActions(ctx.viewer.role, hit, new Date(), {
        partnerMayReview: await partnerMayReview(ctx, hit.rule.insurerId),
      }),
  }),
  history: t.relation('transitions', {
    description: 'Every step taken, oldest first.',
    query: (_args, ctx) => ({
      where: visible.ruleHitTransition(ctx.viewer),
      orderBy: [{ occurredAt: 'asc' }, { id: 'asc' }],
    }),
  }),
}));

export const ReviewDeadlinesRef = builder
  .objectRef<ReviewDeadlines & { insurerId: string }>('ReviewDeadlines')
  .implement({
    description: "Days each handling step may take at an insurer (the hub's defaults until it sets its own).",
    authScopes: { roles: CAN.read },
    fields: (t) => ({
      insurer: t.field({
        type: Insurer,
        nullable: true,
        resolve: (r, _args, ctx) =>
          requestDb(ctx).insurer.findFirst({ where: { AND: [{ id: r.insurerId }, visible.insurer(ctx.viewer)] } }),
      }),
      initialReviewDays: t.exposeInt('initialReviewDays'),
      reexaminationDays: t.exposeInt('reexaminationDays'),
      statementDays: t.exposeInt('statementDays'),
      investigationDays: t.exposeInt('investigationDays'),
      handlingDays: t.exposeInt('handlingDays'),
    }),
  });

builder.queryField('reviewDeadlines', (t) =>
  t.field({
    type: ReviewDeadlinesRef,
    nullable: true,
    description: "An insurer's handling deadlines (agency staff; platform admins name the insurer).",
    authScopes: { roles: CAN.read },
    args: { insurerId: t.arg.globalID({ for: Insurer, required: false }) },
    resolve: async (_root, args, ctx) => {
      const insurerId = args.insurerId ? String(args.insurerId.id) : ctx.viewer.insurerId;
      if (!insurerId) return null;
      const insurer = await requestDb(ctx).insurer.findFirst({
        where: { AND: [{ id: insurerId }, visible.insurer(ctx.viewer)] },
      });
      if (!insurer) return null;
      return { insurerId: insurer.id, ...(await loadReviewDeadlines(requestDb(ctx), insurer.id)) };
    },
  }),
);

builder.queryField('ruleHit', (t) =>
  t.prismaField({
    type: RuleHit,
    nullable: true,
    authScopes: { roles: CAN.read },
    args: { id: t.arg.globalID({ for: RuleHit, required: true }) },
    resolve: (query, _root, args, ctx) =>
      requestDb(ctx).ruleHit.findFirst({
        ...query,
        where: { AND: [{ id: String(args.id.id) }, visible.ruleHit(ctx.viewer)] },
      }),
  }),
);
