import { builder } from '../builder.js';
import { ActorType, AppealDecision, AppealKind } from '../enums.js';
import { CAN } from '../../server/auth/capabilities.js';
import { visible } from '../../server/auth/tenant-filters.js';
import type { Prisma } from '../../server/db/generated/prisma/client.js';
import type { Context } from '../../server/context.js';
import { requestDb } from '../../server/policy/request-db.js';
import { allOf, connectionOf, defined, idOf, oneOf, orderOf, range } from './connection-helpers.js';
import { Insurer } from './insurer.js';
import { Provider } from './provider.js';
import { Penalty } from './penalty.js';

/** 申诉 / 复议 against an issued penalty, filed before its deadline. */
export const Appeal = builder.prismaNode('Appeal', {
  id: { field: 'id' },
  authScopes: { roles: CAN.read },
  findUnique: (id, ctx) => ({ id, AND: [visible.appeal(ctx.viewer)] }),
  nullable: true,
  fields: (t) => ({
    kind: t.expose('kind', { type: AppealKind }),
    grounds: t.exposeString('grounds'),
    filedByType: t.expose('filedByType', { type: ActorType }),
    filedById: t.exposeString('filedById'),
    filedAt: t.expose('filedAt', { type: 'DateTime' }),
    decision: t.expose('decision', { type: AppealDecision, nullable: true }),
    decisionReason: t.exposeString('decisionReason', { nullable: true }),
    reducedAmountFen: t.expose('reducedAmountFen', { type: 'Fen', nullable: true }),
    decidedByType: t.expose('decidedByType', { type: ActorType, nullable: true }),
    decidedById: t.exposeString('decidedById', { nullable: true }),
    decidedAt: t.expose('decidedAt', { type: 'DateTime', nullable: true }),
    penalty: t.relation('penalty'),
  }),
});

export const AppealConnection = connectionOf(Appeal, 'Appeal');

export const appealOrder = orderOf('Appeal', { FILED_AT: 'filedAt' }, 'FILED_AT');
export const AppealOrder = appealOrder.Input;

export const AppealFilter = builder.inputType('AppealFilter', {
  fields: (t) => ({
    kind: t.field({ type: [AppealKind], required: false }),
    decision: t.field({ type: [AppealDecision], required: false }),
    pending: t.boolean({ required: false, description: 'true: not decided yet; false: decided.' }),
    penaltyId: t.globalID({ for: Penalty, required: false }),
    providerId: t.globalID({ for: Provider, required: false }),
    insurerId: t.globalID({ for: Insurer, required: false }),
    filedFrom: t.field({ type: 'DateTime', required: false }),
    filedTo: t.field({ type: 'DateTime', required: false }),
  }),
});

export function appealWhere(
  ctx: Context,
  filter: typeof AppealFilter.$inferInput | null | undefined,
): Prisma.AppealWhereInput {
  const f = filter ?? {};
  const providerId = idOf(f.providerId);
  const insurerId = idOf(f.insurerId);
  return allOf<Prisma.AppealWhereInput>(
    visible.appeal(ctx.viewer),
    defined({
      kind: oneOf(f.kind),
      decision: oneOf(f.decision),
      penaltyId: idOf(f.penaltyId),
      filedAt: range(f.filedFrom, f.filedTo),
    }),
    f.pending === true ? { decision: null } : f.pending === false ? { decision: { not: null } } : undefined,
    providerId ? { penalty: { providerId } } : undefined,
    insurerId ? { penalty: { agreement: { insurerId } } } : undefined,
  );
}

builder.queryFields((t) => ({
  appeals: t.prismaConnection(
    {
      type: Appeal,
      cursor: 'id',
      authScopes: { roles: CAN.read },
      args: {
        filter: t.arg({ type: AppealFilter, required: false }),
        orderBy: t.arg({ type: AppealOrder, required: false }),
      },
      resolve: (query, _root, args, ctx) =>
        requestDb(ctx).appeal.findMany({
          ...query,
          where: appealWhere(ctx, args.filter),
          orderBy: appealOrder.toPrisma(args.orderBy),
        }),
      totalCount: (_root, args, ctx) => requestDb(ctx).appeal.count({ where: appealWhere(ctx, args.filter) }),
    },
    AppealConnection,
  ),
}));
