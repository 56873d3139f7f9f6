import { builder } from '../builder.js';
import { ClaimLineCategory, InsuranceType, SettlementCategory, VisitType } from '../enums.js';
import { CAN } from '../../server/auth/capabilities.js';
import { visible } from '../../server/auth/tenant-filters.js';
import type { Prisma } from '../../server/db/generated/prisma/client.js';
import type { Context } from '../../server/context.js';
import { requestDb } from '../../server/policy/request-db.js';
import { allOf, connectionOf, defined, idOf, oneOf, orderOf, range, search } from './connection-helpers.js';
import { Provider } from './provider.js';
import { RuleHit } from './rule-hit.js';

/** 医保结算记录: a settled claim (partitioned by settlement month; its key is id + month). */
export const Claim = builder.prismaNode('Claim', {
  id: { field: 'id_settlementMonth' },
  authScopes: { roles: CAN.read },
  findUnique: (key, ctx) => ({ id_settlementMonth: claimKey(key), AND: [visible.claim(ctx.viewer)] }),
  nullable: true,
  fields: (t) => ({
    settlementId: t.exposeString('settlementId'),
    settlementMonth: t.expose('settlementMonth', { type: 'Date' }),
    insuranceType: t.expose('insuranceType', { type: InsuranceType }),
    visitType: t.expose('visitType', { type: VisitType }),
    settlementCategory: t.expose('settlementCategory', { type: SettlementCategory }),
    admittedOn: t.expose('admittedOn', { type: 'Date', nullable: true }),
    dischargedOn: t.expose('dischargedOn', { type: 'Date', nullable: true }),
    interimSettlement: t.exposeBoolean('interimSettlement', { description: '中途结算: one part of a stay that goes on.' }),
    settledAt: t.expose('settledAt', { type: 'DateTime' }),
    diagnoses: t.exposeStringList('diagnoses'),
    totalFen: t.expose('totalFen', { type: 'Fen' }),
    fundFen: t.expose('fundFen', { type: 'Fen' }),
    accountFen: t.expose('accountFen', { type: 'Fen' }),
    selfFen: t.expose('selfFen', { type: 'Fen' }),
    provider: t.prismaField({
      type: Provider,
      select: { providerId: true },
      resolve: (query, claim, _args, ctx) => requestDb(ctx).provider.findUniqueOrThrow({ ...query, where: { id: claim.providerId } }),
    }),
    lines: t.field({
      type: [ClaimLine],
      select: { id: true, settlementMonth: true },
      resolve: (claim, _args, ctx) =>
        requestDb(ctx).claimLine.findMany({ where: { claimId: claim.id, settlementMonth: claim.settlementMonth }, orderBy: { lineNo: 'asc' } }),
    }),
    hits: t.prismaField({
      type: [RuleHit],
      description: 'Rule hits on this claim (during and after settlement).',
      select: { id: true },
      resolve: (query, claim, _args, ctx) =>
        requestDb(ctx).ruleHit.findMany({ ...query, where: { AND: [{ claimId: claim.id }, visible.ruleHit(ctx.viewer)] }, orderBy: { createdAt: 'asc' } }),
    }),
  }),
});

export const ClaimLine = builder.prismaObject('ClaimLine', {
  authScopes: { roles: CAN.read },
  fields: (t) => ({
    lineNo: t.exposeInt('lineNo'),
    catalogueCode: t.exposeString('catalogueCode'),
    name: t.exposeString('name'),
    category: t.expose('category', { type: ClaimLineCategory }),
    quantity: t.string({ resolve: (l) => l.quantity.toString() }),
    unitPriceFen: t.expose('unitPriceFen', { type: 'Fen' }),
    amountFen: t.expose('amountFen', { type: 'Fen' }),
    daysSupply: t.exposeInt('daysSupply', { nullable: true }),
    prescriptionNo: t.exposeString('prescriptionNo', { nullable: true }),
    prescribedOn: t.expose('prescribedOn', { type: 'Date', nullable: true }),
    servedOn: t.expose('servedOn', { type: 'Date' }),
  }),
});

export const ClaimConnection = connectionOf(Claim, 'Claim');

const claimOrder = orderOf('Claim', { SETTLED_AT: 'settledAt', FUND: 'fundFen' }, 'SETTLED_AT');

const ClaimFilter = builder.inputType('ClaimFilter', {
  fields: (t) => ({
    providerId: t.globalID({ for: Provider, required: false }),
    visitType: t.field({ type: [VisitType], required: false }),
    settledFrom: t.field({ type: 'DateTime', required: false }),
    settledTo: t.field({ type: 'DateTime', required: false }),
    search: t.string({ required: false, description: 'Settlement id.' }),
  }),
});

function claimWhere(ctx: Context, filter: typeof ClaimFilter.$inferInput | null | undefined): Prisma.ClaimWhereInput {
  const f = filter ?? {};
  return allOf<Prisma.ClaimWhereInput>(
    visible.claim(ctx.viewer),
    defined({ providerId: idOf(f.providerId), visitType: oneOf(f.visitType), settledAt: range(f.settledFrom, f.settledTo) }),
    search(f.search, ['settlementId']),
  );
}

builder.queryFields((t) => ({
  claims: t.prismaConnection(
    {
      type: Claim,
      cursor: 'id_settlementMonth',
      authScopes: { roles: CAN.read },
      args: {
        filter: t.arg({ type: ClaimFilter, required: false }),
        orderBy: t.arg({ type: claimOrder.Input, required: false }),
      },
      resolve: (query, _root, args, ctx) =>
        requestDb(ctx).claim.findMany({ ...query, where: claimWhere(ctx, args.filter), orderBy: claimOrder.toPrisma(args.orderBy) }),
      totalCount: (_root, args, ctx) => requestDb(ctx).claim.count({ where: claimWhere(ctx, args.filter) }),
    },
    ClaimConnection,
  ),
}));

const NO_CLAIM = { id: '00000000-0000-0000-0000-000000000000', settlementMonth: new Date(0) };

/** The claim's global ID carries [id, settlementMonth]; anything else names no claim. */
function claimKey(key: unknown): { id: string; settlementMonth: Date } {
  try {
    const [id, month] = (typeof key === 'string' ? JSON.parse(key) : key) as unknown[];
    const settlementMonth = new Date(String(month));
    if (typeof id !== 'string' || !/^[0-9a-f-]{36}$/i.test(id) || Number.isNaN(settlementMonth.getTime())) return NO_CLAIM;
    return { id, settlementMonth };
  } catch {
    return NO_CLAIM;
  }
}
