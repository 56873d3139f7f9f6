import { builder } from '../builder.js';
import { CAN } from '../../server/auth/capabilities.js';
import { visible } from '../../server/auth/tenant-filters.js';
import type { Prisma } from '../../server/db/generated/prisma/client.js';
import { requestDb } from '../../server/policy/request-db.js';
import type { Context } from '../../server/context.js';
import { InputError } from '../../server/domain/errors.js';
import { allOf, connectionOf, defined, idOf, orderOf, search } from './connection-helpers.js';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
import { Provider } from './provider.js';

/**
 * 事中拦截: a settlement a blocking rule refused. The claim itself was never stored; this row
 * keeps what the county counts (person-time, the fund payment refused, the flagged amount, the
 * rules that fired).
 */
export const Interception = builder.prismaNode('MonitoringOutcome', {
  name: 'Interception',
  id: { field: 'id' },
  authScopes: { roles: CAN.read },
  findUnique: (id, ctx) => ({ id, AND: [interceptionsOf(ctx)] }),
  nullable: true,
  fields: (t) => ({
    settlementId: t.exposeString('settlementId', { nullable: true }),
    settlementMonth: t.expose('settlementMonth', { type: 'Date' }),
    at: t.expose('at', { type: 'DateTime', description: 'When the settlement was refused.' }),
    fundFen: t.expose('fundFen', { type: 'Fen', description: 'The fund payment refused.' }),
    hitAmountFen: t.expose('hitAmountFen', {
      type: 'Fen',
      description: 'The amount the blocking hits concern.',
    }),
    ruleKeys: t.exposeStringList('ruleKeys'),
    provider: t.prismaField({
      type: Provider,
      select: { providerId: true },
      resolve: (query, row, _args, ctx) => requestDb(ctx).provider.findUniqueOrThrow({ ...query, where: { id: row.providerId } }),
    }),
  }),
});

const InterceptionConnection = connectionOf(Interception, 'Interception');

const interceptionOrder = orderOf('Interception', { AT: 'at', FUND: 'fundFen' }, 'AT');

const InterceptionFilter = builder.inputType('InterceptionFilter', {
  fields: (t) => ({
    providerId: t.globalID({ for: Provider, required: false }),
    month: t.string({
      required: false,
      description: 'Settlement month, YYYY-MM (as the monthly report counts it).',
    }),
    search: t.string({ required: false, description: 'Settlement id.' }),
  }),
});

function interceptionsOf(ctx: Context): Prisma.MonitoringOutcomeWhereInput {
  return allOf<Prisma.MonitoringOutcomeWhereInput>(visible.monitoringOutcome(ctx.viewer), {
    outcome: 'INTERCEPTED',
  });
}

function interceptionWhere(
  ctx: Context,
  filter: typeof InterceptionFilter.$inferInput | null | undefined,
): Prisma.MonitoringOutcomeWhereInput {
  const f = filter ?? {};
  if (f.month != null && !MONTH.test(f.month))
    throw new InputError([{ path: ['filter', 'month'], message: 'must be a month YYYY-MM' }]);
  return allOf<Prisma.MonitoringOutcomeWhereInput>(
    interceptionsOf(ctx),
    defined({
      providerId: idOf(f.providerId),
      settlementMonth: f.month ? new Date(`${f.month}-01T00:00:00Z`) : undefined,
    }),
    search(f.search, ['settlementId']),
  );
}

builder.queryFields((t) => ({
  interceptions: t.prismaConnection(
    {
      type: Interception,
      cursor: 'id',
      authScopes: { roles: CAN.read },
      description:
        '事中拦截: settlements refused by a blocking rule (order by AT DESC for the newest first).',
      args: {
        filter: t.arg({ type: InterceptionFilter, required: false }),
        orderBy: t.arg({ type: interceptionOrder.Input, required: false }),
      },
      resolve: (query, _root, args, ctx) =>
        requestDb(ctx).monitoringOutcome.findMany({
          ...query,
          where: interceptionWhere(ctx, args.filter),
          orderBy: interceptionOrder.toPrisma(args.orderBy),
        }),
      totalCount: (_root, args, ctx) =>
        requestDb(ctx).monitoringOutcome.count({ where: interceptionWhere(ctx, args.filter) }),
    },
    InterceptionConnection,
  ),
}));
