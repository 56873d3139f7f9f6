import { builder } from '../builder.js';
import { Comparator, IndicatorMetric } from '../enums.js';
import { CAN } from '../../server/auth/capabilities.js';
import { visible } from '../../server/auth/tenant-filters.js';
import type { Prisma } from '../../server/db/generated/prisma/client.js';
import type { Context } from '../../server/context.js';
import { requestDb } from '../../server/policy/request-db.js';
import { allOf, connectionOf, defined, idOf, oneOf, range } from './connection-helpers.js';
import { Agreement } from './agreement.js';
import { Provider } from './provider.js';
import { Insurer } from './insurer.js';
import { measureIndicatorsCommand } from '../../server/domain/templates/measure-indicators.js';
import { AUDIT_SEQ_DESCRIPTION, commandContext, rawId, seqString } from './mutation-payloads.js';

/** 指标测算: a control indicator of an agreement measured from one month's settled claims. */
export const IndicatorMeasurement = builder.prismaNode('IndicatorMeasurement', {
  id: { field: 'id' },
  authScopes: { roles: CAN.read },
  findUnique: (id, ctx) => ({ id, AND: [visible.indicatorMeasurement(ctx.viewer)] }),
  nullable: true,
  fields: (t) => ({
    month: t.expose('month', { type: 'Date', description: 'First day of the settlement month.' }),
    metric: t.expose('metric', { type: IndicatorMetric }),
    value: t.expose('value', {
      type: 'Decimal',
      nullable: true,
      description:
        'Null when the period has nothing to divide by (no visits, no stays). Unit as the indicator (fen, %, days). Average costs per visit and per stay are quarterly indicators: their value is the quarter up to this month.',
    }),
    numerator: t.exposeString('numerator'),
    denominator: t.exposeString('denominator'),
    comparator: t.expose('comparator', { type: Comparator, nullable: true }),
    threshold: t.expose('threshold', {
      type: 'Decimal',
      nullable: true,
      description: "The agreement's threshold, when it has one.",
    }),
    breached: t.exposeBoolean('breached'),
    partial: t.exposeBoolean('partial', {
      description:
        "The period measured is not complete (the month was not over, or a quarterly indicator's month is not its quarter's last): only the payment limit is judged.",
    }),
    measuredAt: t.expose('measuredAt', { type: 'DateTime' }),
    agreement: t.relation('agreement'),
  }),
});

export const IndicatorMeasurementConnection = connectionOf(IndicatorMeasurement, 'IndicatorMeasurement');

export const IndicatorMeasurementFilter = builder.inputType('IndicatorMeasurementFilter', {
  fields: (t) => ({
    agreementId: t.globalID({ for: Agreement, required: false }),
    providerId: t.globalID({ for: Provider, required: false }),
    metric: t.field({ type: [IndicatorMetric], required: false }),
    breached: t.boolean({ required: false }),
    monthFrom: t.field({ type: 'Date', required: false }),
    monthTo: t.field({ type: 'Date', required: false }),
  }),
});

export function measurementWhere(
  ctx: Context,
  filter: typeof IndicatorMeasurementFilter.$inferInput | null | undefined,
): Prisma.IndicatorMeasurementWhereInput {
  const f = filter ?? {};
  return allOf<Prisma.IndicatorMeasurementWhereInput>(
    visible.indicatorMeasurement(ctx.viewer),
    defined({
      agreementId: idOf(f.agreementId),
      providerId: idOf(f.providerId),
      metric: oneOf(f.metric),
      breached: f.breached ?? undefined,
      month: range(f.monthFrom, f.monthTo),
    }),
  );
}

builder.queryFields((t) => ({
  indicatorMeasurements: t.prismaConnection(
    {
      type: IndicatorMeasurement,
      cursor: 'id',
      authScopes: { roles: CAN.read },
      args: { filter: t.arg({ type: IndicatorMeasurementFilter, required: false }) },
      resolve: (query, _root, args, ctx) =>
        requestDb(ctx).indicatorMeasurement.findMany({
          ...query,
          where: measurementWhere(ctx, args.filter),
          orderBy: [{ month: 'asc' }, { metric: 'asc' }, { id: 'asc' }],
        }),
      totalCount: (_root, args, ctx) =>
        requestDb(ctx).indicatorMeasurement.count({ where: measurementWhere(ctx, args.filter) }),
    },
    IndicatorMeasurementConnection,
  ),
}));

const MeasureIndicatorsInput = builder.inputType('MeasureIndicatorsInput', {
  fields: (t) => ({
    insurerId: t.globalID({ for: Insurer, required: false, description: 'Platform admins only.' }),
    fromMonth: t.field({ type: 'Date', description: 'First day of the first settlement month.' }),
    toMonth: t.field({ type: 'Date', description: 'First day of the last settlement month.' }),
  }),
});

const MeasureIndicatorsPayload = builder
  .objectRef<{ measurements: number; breaches: unknown[]; hitsRaised: number; auditSeq: bigint }>('MeasureIndicatorsPayload')
  .implement({
    fields: (t) => ({
      measurements: t.int({ resolve: (p) => p.measurements }),
      breaches: t.int({ description: 'Complete-month breaches found.', resolve: (p) => p.breaches.length }),
      hitsRaised: t.int({
        description: 'Breaches raised as new rule hits for review (one per agreement, indicator and month; never twice).',
        resolve: (p) => p.hitsRaised,
      }),
      auditSeq: t.string({ description: AUDIT_SEQ_DESCRIPTION, resolve: seqString }),
    }),
  });

builder.mutationField('measureIndicators', (t) =>
  t.field({
    type: MeasureIndicatorsPayload,
    description:
      "Measures every service agreement's claim indicators for the months and judges them against the thresholds.",
    authScopes: { roles: CAN.manageSupervision },
    args: { input: t.arg({ type: MeasureIndicatorsInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      measureIndicatorsCommand(commandContext(ctx), { ...input, insurerId: rawId(input.insurerId) }),
  }),
);
