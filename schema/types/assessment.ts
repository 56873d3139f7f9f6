import { builder } from '../builder.js';
import { AssessmentResult, AssessmentStatus } from '../enums.js';
import { CAN } from '../../server/auth/capabilities.js';
import { visible } from '../../server/auth/tenant-filters.js';
import type { Prisma } from '../../server/db/generated/prisma/client.js';
import type { Context } from '../../server/context.js';
import { requestDb } from '../../server/policy/request-db.js';
import { allOf, connectionOf, defined, idOf, oneOf, orderOf, range } from './connection-helpers.js';
import { Insurer } from './insurer.js';
import { Provider } from './provider.js';
import { Partner } from './partner.js';
import { Agreement } from './agreement.js';

const PartnerServiceFee = builder
  .objectRef<{ baseFeeFen: bigint; factorBasisPoints: number; feeFen: bigint }>('PartnerServiceFee')
  .implement({
    fields: (t) => ({
      baseFeeFen: t.expose('baseFeeFen', { type: 'Fen' }),
      factorBasisPoints: t.exposeInt('factorBasisPoints'),
      feeFen: t.expose('feeFen', { type: 'Fen' }),
    }),
  });

/** 年度考核 of an agreement holder; results tie into settlement (withheld amount) and renewal. */
export const Assessment = builder.prismaNode('Assessment', {
  id: { field: 'id' },
  authScopes: { roles: CAN.read },
  findUnique: (id, ctx) => ({ id, AND: [visible.assessment(ctx.viewer)] }),
  nullable: true,
  fields: (t) => ({
    year: t.exposeInt('year'),
    score: t.expose('score', { type: 'Decimal' }),
    result: t.expose('result', { type: AssessmentResult }),
    withheldAmountFen: t.expose('withheldAmountFen', { type: 'Fen' }),
    comment: t.exposeString('comment', { nullable: true }),
    status: t.expose('status', { type: AssessmentStatus }),
    publishedAt: t.expose('publishedAt', { type: 'DateTime', nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    agreement: t.relation('agreement'),
    serviceFee: t.field({
      type: PartnerServiceFee,
      nullable: true,
      description:
        'Partner agreements: the service fee this assessment earned, fixed when it was published from the formula then set (base × band factor); null without a formula then.',
      resolve: (a) =>
        a.serviceFeeBaseFen === null || a.serviceFeeFactorBasisPoints === null || a.serviceFeeFen === null
          ? null
          : { baseFeeFen: a.serviceFeeBaseFen, factorBasisPoints: a.serviceFeeFactorBasisPoints, feeFen: a.serviceFeeFen },
    }),
  }),
});

export const AssessmentConnection = connectionOf(Assessment, 'Assessment');

export const assessmentOrder = orderOf(
  'Assessment',
  { CREATED_AT: 'createdAt', YEAR: 'year', SCORE: 'score' },
  'CREATED_AT',
);
export const AssessmentOrder = assessmentOrder.Input;

export const AssessmentFilter = builder.inputType('AssessmentFilter', {
  fields: (t) => ({
    result: t.field({ type: [AssessmentResult], required: false }),
    status: t.field({ type: [AssessmentStatus], required: false }),
    yearFrom: t.int({ required: false }),
    yearTo: t.int({ required: false }),
    agreementId: t.globalID({ for: Agreement, required: false }),
    insurerId: t.globalID({ for: Insurer, required: false }),
    providerId: t.globalID({ for: Provider, required: false }),
    partnerId: t.globalID({ for: Partner, required: false }),
  }),
});

export function assessmentWhere(
  ctx: Context,
  filter: typeof AssessmentFilter.$inferInput | null | undefined,
): Prisma.AssessmentWhereInput {
  const f = filter ?? {};
  const agreement = defined({
    insurerId: idOf(f.insurerId),
    providerId: idOf(f.providerId),
    partnerId: idOf(f.partnerId),
  });
  return allOf<Prisma.AssessmentWhereInput>(
    visible.assessment(ctx.viewer),
    defined({
      result: oneOf(f.result),
      status: oneOf(f.status),
      year: range(f.yearFrom, f.yearTo),
      agreementId: idOf(f.agreementId),
    }),
    Object.keys(agreement).length > 0 ? { agreement } : undefined,
  );
}

builder.queryFields((t) => ({
  assessments: t.prismaConnection(
    {
      type: Assessment,
      cursor: 'id',
      authScopes: { roles: CAN.read },
      args: {
        filter: t.arg({ type: AssessmentFilter, required: false }),
        orderBy: t.arg({ type: AssessmentOrder, required: false }),
      },
      resolve: (query, _root, args, ctx) =>
        requestDb(ctx).assessment.findMany({
          ...query,
          where: assessmentWhere(ctx, args.filter),
          orderBy: assessmentOrder.toPrisma(args.orderBy),
        }),
      totalCount: (_root, args, ctx) => requestDb(ctx).assessment.count({ where: assessmentWhere(ctx, args.filter) }),
    },
    AssessmentConnection,
  ),
}));
