import { builder } from '../builder.js';
import { DrugCategory } from '../enums.js';
import { CAN } from '../../server/auth/capabilities.js';
import { visible } from '../../server/auth/tenant-filters.js';
import type { Prisma } from '../../server/db/generated/prisma/client.js';
import type { Context } from '../../server/context.js';
import { requestDb } from '../../server/policy/request-db.js';
import { checkStocking, type StockingCheck } from '../../server/domain/monthly-reports/stocking-check.js';
import { allOf, connectionOf, defined, idOf, orderOf } from './connection-helpers.js';
import { Insurer } from './insurer.js';
import { Provider } from './provider.js';

const StockingRate = builder.objectRef<StockingCheck>('StockingRate').implement({
  description:
    '备药率: formulary drugs of a category bought in the month, against the agreement’s indicator.',
  fields: (t) => ({
    category: t.exposeString('category'),
    listed: t.exposeInt('listed'),
    stocked: t.exposeInt('stocked'),
    ratePercent: t.exposeString('ratePercent'),
    threshold: t.exposeString('threshold', { nullable: true }),
    comparator: t.exposeString('comparator', { nullable: true }),
    met: t.exposeBoolean('met', {
      nullable: true,
      description: 'null when the agreement has no such indicator or the list is empty.',
    }),
  }),
});

export const MonthlyReportLine = builder.prismaObject('MonthlyReportLine', {
  authScopes: { roles: CAN.read },
  fields: (t) => ({
    lineNo: t.exposeInt('lineNo'),
    drugCode: t.exposeString('drugCode'),
    drugName: t.exposeString('drugName'),
    maker: t.exposeString('maker'),
    channel: t.exposeString('channel'),
    category: t.expose('category', { type: DrugCategory }),
    unitPriceFen: t.expose('unitPriceFen', { type: 'Fen' }),
    quantity: t.exposeInt('quantity'),
    amountFen: t.expose('amountFen', { type: 'Fen' }),
  }),
});

/** 月报: one provider's drug purchases for one month (one per provider and month). */
export const MonthlyReport = builder.prismaNode('MonthlyReport', {
  id: { field: 'id' },
  authScopes: { roles: CAN.read },
  findUnique: (id, ctx) => ({ id, AND: [visible.monthlyReport(ctx.viewer)] }),
  nullable: true,
  fields: (t) => ({
    period: t.exposeString('period', { description: 'The month, YYYY-MM.' }),
    dueOn: t.expose('dueOn', { type: 'Date' }),
    submittedAt: t.expose('submittedAt', { type: 'DateTime' }),
    late: t.exposeBoolean('late'),
    lineCount: t.exposeInt('lineCount'),
    totalFen: t.expose('totalFen', { type: 'Fen' }),
    source: t.exposeString('source'),
    version: t.exposeInt('version'),
    insurer: t.relation('insurer'),
    provider: t.relation('provider'),
    lines: t.relation('lines', { query: { orderBy: { lineNo: 'asc' }, take: 5000 } }),
    stockingRates: t.field({
      type: [StockingRate],
      resolve: (report, _args, ctx) => checkStocking(requestDb(ctx), report),
    }),
  }),
});

export const MonthlyReportConnection = connectionOf(MonthlyReport, 'MonthlyReport');

const reportOrder = orderOf('MonthlyReport', { PERIOD: 'period', SUBMITTED_AT: 'submittedAt' }, 'PERIOD');

export const MonthlyReportFilter = builder.inputType('MonthlyReportFilter', {
  fields: (t) => ({
    period: t.string({ required: false }),
    late: t.boolean({ required: false }),
    insurerId: t.globalID({ for: Insurer, required: false }),
    providerId: t.globalID({ for: Provider, required: false }),
  }),
});

function reportWhere(
  ctx: Context,
  f: typeof MonthlyReportFilter.$inferInput | null | undefined,
): Prisma.MonthlyReportWhereInput {
  const filter = f ?? {};
  return allOf<Prisma.MonthlyReportWhereInput>(
    visible.monthlyReport(ctx.viewer),
    defined({
      period: filter.period ?? undefined,
      late: filter.late ?? undefined,
      insurerId: idOf(filter.insurerId),
      providerId: idOf(filter.providerId),
    }),
  );
}

export const FormularyDrug = builder.prismaObject('FormularyDrug', {
  authScopes: { roles: CAN.read },
  description:
    'The insurer’s formulary list (minimal): the drugs a designated pharmacy or clinic should stock.',
  fields: (t) => ({
    drugCode: t.exposeString('drugCode'),
    nameZh: t.exposeString('nameZh'),
    nameEn: t.exposeString('nameEn'),
    category: t.expose('category', { type: DrugCategory }),
  }),
});

builder.queryFields((t) => ({
  monthlyReports: t.prismaConnection(
    {
      type: MonthlyReport,
      cursor: 'id',
      authScopes: { roles: CAN.read },
      args: {
        filter: t.arg({ type: MonthlyReportFilter, required: false }),
        orderBy: t.arg({ type: reportOrder.Input, required: false }),
      },
      resolve: (query, _root, args, ctx) =>
        requestDb(ctx).monthlyReport.findMany({
          ...query,
          where: reportWhere(ctx, args.filter),
          orderBy: reportOrder.toPrisma(args.orderBy),
        }),
      totalCount: (_root, args, ctx) => requestDb(ctx).monthlyReport.count({ where: reportWhere(ctx, args.filter) }),
    },
    MonthlyReportConnection,
  ),
  formularyDrugs: t.prismaField({
    type: [FormularyDrug],
    authScopes: { roles: CAN.read },
    description: 'The formulary list of the insurers the caller may see (at most 2,000 entries).',
    resolve: (query, _root, _args, ctx) =>
      requestDb(ctx).formularyDrug.findMany({
        ...query,
        where: visible.formularyDrug(ctx.viewer),
        orderBy: [{ category: 'asc' }, { drugCode: 'asc' }],
        take: 2000,
      }),
  }),
}));
