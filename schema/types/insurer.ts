import { builder } from '../builder.js';
import { InsurerLevel } from '../enums.js';
import { CAN } from '../../server/auth/capabilities.js';
import { visible } from '../../server/auth/tenant-filters.js';
import type { Prisma } from '../../server/db/generated/prisma/client.js';
import type { Context } from '../../server/context.js';
import { requestDb } from '../../server/policy/request-db.js';
import { allOf, connectionOf, defined, listedRelation, oneOf, orderOf, search } from './connection-helpers.js';
import {
  AgreementConnection,
  AgreementFilter,
  agreementOrder,
  agreementWhere,
} from './agreement.js';
import {
  ProviderConnection,
  ProviderFilter,
  providerOrder,
  providerWhere,
} from './provider.js';
import { InsuredPersonConnection, insuredPersonOrder } from './insured-person.js';
import { TipOffConnection, TipOffFilter, tipOffOrder, tipOffWhere } from './tip-off.js';
import { CreditEvaluationConnection, creditEvaluationOrder } from './credit-evaluation.js';
import { AuditRuleConnection, auditRuleOrder } from './audit-rule.js';

/** 医保经办机构: runs the fund of one pooling region (统筹区) and signs agreements. */
export const Insurer = builder.prismaNode('Insurer', {
  id: { field: 'id' },
  // Only the requested columns, as Provider does (provider.ts): an agreement with its insurer
  // built and parsed all twelve columns of the insurer to answer four (bench/PERFORMANCE.md
  // "q1's fixed cost"). The identifying columns are always loaded.
  select: { id: true, code: true, nameZh: true, regionCode: true },
  authScopes: { roles: CAN.read },
  findUnique: (id, ctx) => ({ id, AND: [visible.insurer(ctx.viewer)] }),
  nullable: true,
  fields: (t) => ({
    code: t.exposeString('code'),
    nameZh: t.exposeString('nameZh'),
    nameEn: t.exposeString('nameEn'),
    level: t.expose('level', { type: InsurerLevel }),
    regionCode: t.exposeString('regionCode', { description: '统筹区 code' }),
    regionZh: t.exposeString('regionZh'),
    regionEn: t.exposeString('regionEn'),
    version: t.exposeInt('version'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});

export const InsurerConnection = connectionOf(Insurer, 'Insurer');

export const insurerOrder = orderOf(
  'Insurer',
  { CREATED_AT: 'createdAt', CODE: 'code', NAME_ZH: 'nameZh', REGION_CODE: 'regionCode' },
  'CODE',
);
export const InsurerOrder = insurerOrder.Input;

export const InsurerFilter = builder.inputType('InsurerFilter', {
  fields: (t) => ({
    level: t.field({ type: [InsurerLevel], required: false }),
    regionCode: t.string({ required: false }),
    search: t.string({ required: false, description: 'Code, name or region (zh/en).' }),
  }),
});

export function insurerWhere(
  ctx: Context,
  filter: typeof InsurerFilter.$inferInput | null | undefined,
): Prisma.InsurerWhereInput {
  const f = filter ?? {};
  return allOf<Prisma.InsurerWhereInput>(
    visible.insurer(ctx.viewer),
    defined({ level: oneOf(f.level), regionCode: f.regionCode ?? undefined }),
    search(f.search, ['code', 'nameZh', 'nameEn', 'regionZh', 'regionEn']),
  );
}

builder.queryFields((t) => ({
  insurers: t.prismaConnection(
    {
      type: Insurer,
      cursor: 'id',
      authScopes: { roles: CAN.read },
      args: {
        filter: t.arg({ type: InsurerFilter, required: false }),
        orderBy: t.arg({ type: InsurerOrder, required: false }),
      },
      resolve: (query, _root, args, ctx) =>
        requestDb(ctx).insurer.findMany({
          ...query,
          where: insurerWhere(ctx, args.filter),
          orderBy: insurerOrder.toPrisma(args.orderBy),
        }),
      totalCount: (_root, args, ctx) => requestDb(ctx).insurer.count({ where: insurerWhere(ctx, args.filter) }),
    },
    InsurerConnection,
  ),
  insurer: t.prismaField({
    type: Insurer,
    nullable: true,
    authScopes: { roles: CAN.read },
    args: { id: t.arg.globalID({ for: Insurer, required: true }) },
    resolve: (query, _root, args, ctx) =>
      requestDb(ctx).insurer.findFirst({ ...query, where: { AND: [{ id: args.id.id }, visible.insurer(ctx.viewer)] } }),
  }),
}));

// Relations to other entities' connections are added here, apart from the node's own
// definition, so TypeScript does not infer the node refs through each other (import cycles).
builder.prismaObjectFields(Insurer, (t) => ({
  agreements: t.relatedConnection(
    'agreements',
    listedRelation(t.arg, AgreementFilter, agreementOrder, agreementWhere),
    AgreementConnection,
  ),
  providers: t.relatedConnection(
    'providers',
    {
      ...listedRelation(t.arg, ProviderFilter, providerOrder, providerWhere),
      description: 'Providers registered with this insurer (home pooling region).',
    },
    ProviderConnection,
  ),
  insuredPersons: t.relatedConnection(
    'insuredPersons',
    {
      cursor: 'id',
      totalCount: true,
      query: (_args, ctx) => ({
        where: visible.insuredPerson(ctx.viewer),
        orderBy: insuredPersonOrder.toPrisma(null),
      }),
    },
    InsuredPersonConnection,
  ),
  tipOffs: t.relatedConnection(
    'tipOffs',
    {
      cursor: 'id',
      totalCount: true,
      args: { filter: t.arg({ type: TipOffFilter, required: false }) },
      query: (args, ctx) => ({ where: tipOffWhere(ctx, args.filter), orderBy: tipOffOrder.toPrisma(null) }),
    },
    TipOffConnection,
  ),
  creditEvaluations: t.relatedConnection(
    'creditEvaluations',
    {
      cursor: 'id',
      totalCount: true,
      query: (_args, ctx) => ({
        where: visible.creditEvaluation(ctx.viewer),
        orderBy: creditEvaluationOrder.toPrisma(null),
      }),
    },
    CreditEvaluationConnection,
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
