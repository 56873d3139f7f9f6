import { builder } from '../builder.js';
import { PartnerKind, PartnerStatus } from '../enums.js';
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
import { FindingConnection, FindingFilter, findingOrder, findingWhere } from './finding.js';
import { CreditEvaluationConnection, creditEvaluationOrder } from './credit-evaluation.js';

/** 商业保险机构 / 第三方 entrusted by insurers through purchased-services contracts. */
export const Partner = builder.prismaNode('Partner', {
  id: { field: 'id' },
  authScopes: { roles: CAN.read },
  findUnique: (id, ctx) => ({ id, AND: [visible.partner(ctx.viewer)] }),
  nullable: true,
  fields: (t) => ({
    code: t.exposeString('code'),
    nameZh: t.exposeString('nameZh'),
    nameEn: t.exposeString('nameEn'),
    kind: t.expose('kind', { type: PartnerKind }),
    unifiedSocialCreditCode: t.exposeString('unifiedSocialCreditCode', { description: '统一社会信用代码' }),
    status: t.expose('status', { type: PartnerStatus }),
    version: t.exposeInt('version'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});

export const PartnerConnection = connectionOf(Partner, 'Partner');

export const partnerOrder = orderOf(
  'Partner',
  { CREATED_AT: 'createdAt', CODE: 'code', NAME_ZH: 'nameZh', KIND: 'kind' },
  'CODE',
);
export const PartnerOrder = partnerOrder.Input;

export const PartnerFilter = builder.inputType('PartnerFilter', {
  fields: (t) => ({
    kind: t.field({ type: [PartnerKind], required: false }),
    status: t.field({ type: [PartnerStatus], required: false }),
    search: t.string({ required: false, description: 'Code, name (zh/en) or unified social credit code.' }),
  }),
});

export function partnerWhere(
  ctx: Context,
  filter: typeof PartnerFilter.$inferInput | null | undefined,
): Prisma.PartnerWhereInput {
  const f = filter ?? {};
  return allOf<Prisma.PartnerWhereInput>(
    visible.partner(ctx.viewer),
    defined({ kind: oneOf(f.kind), status: oneOf(f.status) }),
    search(f.search, ['code', 'nameZh', 'nameEn', 'unifiedSocialCreditCode']),
  );
}

builder.queryFields((t) => ({
  partners: t.prismaConnection(
    {
      type: Partner,
      cursor: 'id',
      authScopes: { roles: CAN.read },
      args: {
        filter: t.arg({ type: PartnerFilter, required: false }),
        orderBy: t.arg({ type: PartnerOrder, required: false }),
      },
      resolve: (query, _root, args, ctx) =>
        requestDb(ctx).partner.findMany({
          ...query,
          where: partnerWhere(ctx, args.filter),
          orderBy: partnerOrder.toPrisma(args.orderBy),
        }),
      totalCount: (_root, args, ctx) => requestDb(ctx).partner.count({ where: partnerWhere(ctx, args.filter) }),
    },
    PartnerConnection,
  ),
  partner: t.prismaField({
    type: Partner,
    nullable: true,
    authScopes: { roles: CAN.read },
    args: { id: t.arg.globalID({ for: Partner, required: true }) },
    resolve: (query, _root, args, ctx) =>
      requestDb(ctx).partner.findFirst({ ...query, where: { AND: [{ id: args.id.id }, visible.partner(ctx.viewer)] } }),
  }),
}));

// Relations to other entities' connections are added here, apart from the node's own
// definition, so TypeScript does not infer the node refs through each other (import cycles).
builder.prismaObjectFields(Partner, (t) => ({
  agreements: t.relatedConnection(
    'agreements',
    listedRelation(t.arg, AgreementFilter, agreementOrder, agreementWhere),
    AgreementConnection,
  ),
  findings: t.relatedConnection(
    'findings',
    {
      cursor: 'id',
      totalCount: true,
      description: 'Findings recorded by this partner in entrusted investigations.',
      args: { filter: t.arg({ type: FindingFilter, required: false }) },
      query: (args, ctx) => ({ where: findingWhere(ctx, args.filter), orderBy: findingOrder.toPrisma(null) }),
    },
    FindingConnection,
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
}));
