import { builder } from '../builder.js';
import { AgreementKind, Comparator, IndicatorMetric, IndicatorUnit, PenaltyMeasure, TemplateStatus } from '../enums.js';
import { CAN } from '../../server/auth/capabilities.js';
import { visible } from '../../server/auth/tenant-filters.js';
import type { Prisma } from '../../server/db/generated/prisma/client.js';
import type { Context } from '../../server/context.js';
import { requestDb } from '../../server/policy/request-db.js';
import {
  readClauses,
  readIndicators,
  type Ladder,
  type TemplateClause,
  type TemplateIndicator,
} from '../../server/domain/templates/document.js';
import { allOf, connectionOf, defined, idOf, oneOf, orderOf } from './connection-helpers.js';
import { Insurer } from './insurer.js';

/**
 * 协议模板: one version of an insurer's agreement template — clauses linked to the monitoring
 * rules and indicators that check them and the penalty ladder each prescribes. A published
 * version is immutable; agreements move onto it through a re-signing campaign.
 */
const LadderStep = builder.objectRef<Ladder['steps'][number]>('LadderStep').implement({
  description: 'One step of a penalty ladder: the measure, and for deductions/damages the multiple of the violating amount.',
  fields: (t) => ({
    measure: t.field({ type: PenaltyMeasure, resolve: (s) => s.measure }),
    multiple: t.field({ type: 'Decimal', nullable: true, resolve: (s) => s.multiple ?? null }),
    durationMonths: t.int({ nullable: true, resolve: (s) => s.durationMonths ?? null }),
  }),
});

const PenaltyLadder = builder.objectRef<Ladder>('PenaltyLadder').implement({
  description: 'Escalating measures for repeated breaches of a clause within a window.',
  fields: (t) => ({
    windowMonths: t.int({ resolve: (l) => l.windowMonths }),
    steps: t.field({ type: [LadderStep], resolve: (l) => l.steps }),
  }),
});

const TemplateClauseRef = builder.objectRef<TemplateClause>('TemplateClause').implement({
  fields: (t) => ({
    clauseNo: t.string({ resolve: (c) => c.clauseNo }),
    titleZh: t.string({ resolve: (c) => c.titleZh }),
    titleEn: t.string({ resolve: (c) => c.titleEn }),
    bodyZh: t.string({ resolve: (c) => c.bodyZh }),
    bodyEn: t.string({ resolve: (c) => c.bodyEn }),
    ruleCodes: t.stringList({ description: 'Monitoring rules whose confirmed hits breach this clause.', resolve: (c) => c.ruleCodes }),
    indicatorMetrics: t.field({ type: [IndicatorMetric], resolve: (c) => c.indicatorMetrics }),
    ladder: t.field({ type: PenaltyLadder, nullable: true, resolve: (c) => c.ladder ?? null }),
  }),
});

const TemplateIndicatorRef = builder.objectRef<TemplateIndicator>('TemplateIndicator').implement({
  fields: (t) => ({
    metric: t.field({ type: IndicatorMetric, resolve: (i) => i.metric }),
    comparator: t.field({ type: Comparator, resolve: (i) => i.comparator }),
    threshold: t.field({ type: 'Decimal', resolve: (i) => i.threshold }),
    unit: t.field({ type: IndicatorUnit, resolve: (i) => i.unit }),
    breachMeasure: t.field({ type: PenaltyMeasure, nullable: true, resolve: (i) => i.breachMeasure ?? null }),
  }),
});

export const AgreementTemplate = builder.prismaNode('AgreementTemplate', {
  id: { field: 'id' },
  authScopes: { roles: CAN.read },
  findUnique: (id, ctx) => ({ id, AND: [visible.agreementTemplate(ctx.viewer)] }),
  nullable: true,
  fields: (t) => ({
    code: t.exposeString('code'),
    versionNo: t.exposeInt('versionNo'),
    kind: t.expose('kind', { type: AgreementKind }),
    titleZh: t.exposeString('titleZh'),
    titleEn: t.exposeString('titleEn'),
    status: t.expose('status', { type: TemplateStatus }),
    effectiveFrom: t.expose('effectiveFrom', { type: 'Date' }),
    changeNote: t.exposeString('changeNote', { nullable: true }),
    publishedAt: t.expose('publishedAt', { type: 'DateTime', nullable: true }),
    version: t.exposeInt('version', { description: 'Optimistic-locking version: send it back as expectedVersion.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    clauses: t.field({ type: [TemplateClauseRef], select: { clauses: true }, resolve: (r) => readClauses(r.clauses) }),
    indicators: t.field({
      type: [TemplateIndicatorRef],
      select: { indicators: true },
      resolve: (r) => readIndicators(r.indicators),
    }),
    insurer: t.relation('insurer'),
  }),
});

export const AgreementTemplateConnection = connectionOf(AgreementTemplate, 'AgreementTemplate');

const templateOrder = orderOf('AgreementTemplate', { CREATED_AT: 'createdAt', CODE: 'code', VERSION_NO: 'versionNo' }, 'CREATED_AT');
export const AgreementTemplateOrder = templateOrder.Input;

export const AgreementTemplateFilter = builder.inputType('AgreementTemplateFilter', {
  fields: (t) => ({
    status: t.field({ type: [TemplateStatus], required: false }),
    kind: t.field({ type: [AgreementKind], required: false }),
    code: t.string({ required: false, description: 'Exact template code.' }),
    insurerId: t.globalID({ for: Insurer, required: false }),
  }),
});

function templateWhere(
  ctx: Context,
  filter: typeof AgreementTemplateFilter.$inferInput | null | undefined,
): Prisma.AgreementTemplateWhereInput {
  const f = filter ?? {};
  return allOf<Prisma.AgreementTemplateWhereInput>(
    visible.agreementTemplate(ctx.viewer),
    defined({ status: oneOf(f.status), kind: oneOf(f.kind), code: f.code ?? undefined, insurerId: idOf(f.insurerId) }),
  );
}

builder.queryFields((t) => ({
  agreementTemplates: t.prismaConnection(
    {
      type: AgreementTemplate,
      cursor: 'id',
      authScopes: { roles: CAN.read },
      args: {
        filter: t.arg({ type: AgreementTemplateFilter, required: false }),
        orderBy: t.arg({ type: AgreementTemplateOrder, required: false }),
      },
      resolve: (query, _root, args, ctx) =>
        requestDb(ctx).agreementTemplate.findMany({
          ...query,
          where: templateWhere(ctx, args.filter),
          orderBy: templateOrder.toPrisma(args.orderBy),
        }),
      totalCount: (_root, args, ctx) => requestDb(ctx).agreementTemplate.count({ where: templateWhere(ctx, args.filter) }),
    },
    AgreementTemplateConnection,
  ),
}));
