import { builder } from '../builder.js';
import { JudgementLevel, RuleKind, RuleStage } from '../enums.js';
import { CAN } from '../../server/auth/capabilities.js';
import { visible } from '../../server/auth/tenant-filters.js';
import type { Prisma } from '../../server/db/generated/prisma/client.js';
import type { Context } from '../../server/context.js';
import { requestDb } from '../../server/policy/request-db.js';
import { allOf, connectionOf, defined, idOf, orderOf, search } from './connection-helpers.js';
import { Insurer } from './insurer.js';
import { ViolationType } from './violation-type.js';
import { RuleHitConnection, RuleHitFilter, ruleHitOrder, ruleHitWhere } from './rule-hit.js';

/** 智能监控 rule (事前提醒 / 事中拦截 / 事后审核) of one insurer. */
export const AuditRule = builder.prismaNode('AuditRule', {
  id: { field: 'id' },
  authScopes: { roles: CAN.read },
  findUnique: (id, ctx) => ({ id, AND: [visible.auditRule(ctx.viewer)] }),
  nullable: true,
  fields: (t) => ({
    code: t.exposeString('code'),
    nameZh: t.exposeString('nameZh'),
    nameEn: t.exposeString('nameEn'),
    kind: t.expose('kind', { type: RuleKind }),
    stages: t.expose('stages', { type: [RuleStage] }),
    parameters: t.expose('parameters', { type: 'JSON' }),
    entryCount: t.exposeInt('entryCount'),
    active: t.exposeBoolean('active'),
    ruleKey: t.exposeString('ruleKey', { nullable: true, description: 'The shipped rule definition that evaluates it.' }),
    version: t.exposeInt('version'),
    judgementLevel: t.expose('judgementLevel', { type: JudgementLevel }),
    blocking: t.exposeBoolean('blocking', { description: 'A blocking violation rule refuses settlement (事中拦截).' }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    insurer: t.relation('insurer'),
    violationType: t.relation('violationType', { nullable: true }),
  }),
});

export const AuditRuleConnection = connectionOf(AuditRule, 'AuditRule');

export const auditRuleOrder = orderOf(
  'AuditRule',
  { CREATED_AT: 'createdAt', CODE: 'code', NAME_ZH: 'nameZh' },
  'CODE',
);
export const AuditRuleOrder = auditRuleOrder.Input;

export const AuditRuleFilter = builder.inputType('AuditRuleFilter', {
  fields: (t) => ({
    kind: t.field({ type: RuleKind, required: false }),
    stage: t.field({ type: RuleStage, required: false }),
    active: t.boolean({ required: false }),
    insurerId: t.globalID({ for: Insurer, required: false }),
    violationTypeId: t.globalID({ for: ViolationType, required: false }),
    search: t.string({ required: false, description: 'Code or name (zh/en).' }),
  }),
});

export function auditRuleWhere(
  ctx: Context,
  filter: typeof AuditRuleFilter.$inferInput | null | undefined,
): Prisma.AuditRuleWhereInput {
  const f = filter ?? {};
  return allOf<Prisma.AuditRuleWhereInput>(
    visible.auditRule(ctx.viewer),
    defined({
      kind: f.kind ?? undefined,
      stages: f.stage ? { has: f.stage } : undefined,
      active: f.active ?? undefined,
      insurerId: idOf(f.insurerId),
      violationTypeId: idOf(f.violationTypeId),
    }),
    search(f.search, ['code', 'nameZh', 'nameEn']),
  );
}

builder.queryFields((t) => ({
  auditRules: t.prismaConnection(
    {
      type: AuditRule,
      cursor: 'id',
      authScopes: { roles: CAN.read },
      args: {
        filter: t.arg({ type: AuditRuleFilter, required: false }),
        orderBy: t.arg({ type: AuditRuleOrder, required: false }),
      },
      resolve: (query, _root, args, ctx) =>
        requestDb(ctx).auditRule.findMany({
          ...query,
          where: auditRuleWhere(ctx, args.filter),
          orderBy: auditRuleOrder.toPrisma(args.orderBy),
        }),
      totalCount: (_root, args, ctx) => requestDb(ctx).auditRule.count({ where: auditRuleWhere(ctx, args.filter) }),
    },
    AuditRuleConnection,
  ),
}));

// Relations to other entities' connections are added here, apart from the node's own
// definition, so TypeScript does not infer the node refs through each other (import cycles).
builder.prismaObjectFields(AuditRule, (t) => ({
  hits: t.relatedConnection(
    'hits',
    {
      cursor: 'id',
      totalCount: true,
      args: { filter: t.arg({ type: RuleHitFilter, required: false }) },
      query: (args, ctx) => ({ where: ruleHitWhere(ctx, args.filter), orderBy: ruleHitOrder.toPrisma(null) }),
    },
    RuleHitConnection,
  ),
}));
