import { builder } from '../builder.js';
import { PenaltyTarget, ViolationCategory } from '../enums.js';
import { CAN } from '../../server/auth/capabilities.js';
import { visible } from '../../server/auth/tenant-filters.js';
import type { Prisma } from '../../server/db/generated/prisma/client.js';
import type { Context } from '../../server/context.js';
import { requestDb } from '../../server/policy/request-db.js';
import { allOf, connectionOf, defined, oneOf, orderOf, search } from './connection-helpers.js';
import { FindingConnection, FindingFilter, findingOrder, findingWhere } from './finding.js';
import { AuditRuleConnection, auditRuleOrder } from './audit-rule.js';

/** 违规行为 catalogue entry (reference data, zh + en). */
export const ViolationType = builder.prismaNode('ViolationType', {
  id: { field: 'id' },
  authScopes: { roles: CAN.read },
  findUnique: (id, ctx) => ({ id, AND: [visible.violationType(ctx.viewer)] }),
  nullable: true,
  fields: (t) => ({
    code: t.exposeString('code'),
    nameZh: t.exposeString('nameZh'),
    nameEn: t.exposeString('nameEn'),
    category: t.expose('category', { type: ViolationCategory }),
    appliesTo: t.expose('appliesTo', { type: [PenaltyTarget] }),
    descriptionZh: t.exposeString('descriptionZh', { nullable: true }),
    descriptionEn: t.exposeString('descriptionEn', { nullable: true }),
  }),
});

export const ViolationTypeConnection = connectionOf(ViolationType, 'ViolationType');

export const violationTypeOrder = orderOf(
  'ViolationType',
  { CODE: 'code', NAME_ZH: 'nameZh', CATEGORY: 'category' },
  'CODE',
);
export const ViolationTypeOrder = violationTypeOrder.Input;

export const ViolationTypeFilter = builder.inputType('ViolationTypeFilter', {
  fields: (t) => ({
    category: t.field({ type: [ViolationCategory], required: false }),
    appliesTo: t.field({ type: PenaltyTarget, required: false }),
    search: t.string({ required: false, description: 'Code or name (zh/en).' }),
  }),
});

export function violationTypeWhere(
  ctx: Context,
  filter: typeof ViolationTypeFilter.$inferInput | null | undefined,
): Prisma.ViolationTypeWhereInput {
  const f = filter ?? {};
  return allOf<Prisma.ViolationTypeWhereInput>(
    visible.violationType(ctx.viewer),
    defined({ category: oneOf(f.category), appliesTo: f.appliesTo ? { has: f.appliesTo } : undefined }),
    search(f.search, ['code', 'nameZh', 'nameEn']),
  );
}

builder.queryFields((t) => ({
  violationTypes: t.prismaConnection(
    {
      type: ViolationType,
      cursor: 'id',
      authScopes: { roles: CAN.read },
      args: {
        filter: t.arg({ type: ViolationTypeFilter, required: false }),
        orderBy: t.arg({ type: ViolationTypeOrder, required: false }),
      },
      resolve: (query, _root, args, ctx) =>
        requestDb(ctx).violationType.findMany({
          ...query,
          where: violationTypeWhere(ctx, args.filter),
          orderBy: violationTypeOrder.toPrisma(args.orderBy),
        }),
      totalCount: (_root, args, ctx) =>
        requestDb(ctx).violationType.count({ where: violationTypeWhere(ctx, args.filter) }),
    },
    ViolationTypeConnection,
  ),
}));

// Relations to other entities' connections are added here, apart from the node's own
// definition, so TypeScript does not infer the node refs through each other (import cycles).
builder.prismaObjectFields(ViolationType, (t) => ({
  findings: t.relatedConnection(
    'findings',
    {
      cursor: 'id',
      totalCount: true,
      args: { filter: t.arg({ type: FindingFilter, required: false }) },
      query: (args, ctx) => ({ where: findingWhere(ctx, args.filter), orderBy: findingOrder.toPrisma(null) }),
    },
    FindingConnection,
  ),
  auditRules: t.relatedConnection(
    'auditRules',
    {
      cursor: 'id',
      totalCount: true,
      query: (_args, ctx) => ({
        where: visible.auditRule(ctx.viewer),
        orderBy: auditRuleOrder.toPrisma(null),
      }),
    },
    AuditRuleConnection,
  ),
}));
