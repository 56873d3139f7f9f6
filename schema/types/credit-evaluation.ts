import { builder } from '../builder.js';
import { CreditBasis, CreditGrade, CreditSubjectType } from '../enums.js';
import type { Deduction } from '../../server/domain/credit/standard.js';
import { CAN } from '../../server/auth/capabilities.js';
import { visible } from '../../server/auth/tenant-filters.js';
import type { Prisma } from '../../server/db/generated/prisma/client.js';
import type { Context } from '../../server/context.js';
import { requestDb } from '../../server/policy/request-db.js';
import { anotherPartnersRecord } from '../../server/policy/rows-supervision.js';
import { allOf, connectionOf, defined, idOf, oneOf, orderOf, range } from './connection-helpers.js';
import { Insurer } from './insurer.js';
import { Provider } from './provider.js';
import { Partner } from './partner.js';
import { Physician } from './physician.js';

const CreditDeduction = builder.objectRef<Deduction>('CreditDeduction').implement({
  description: 'One deduction of the credit scoring standard, with the record it comes from.',
  fields: (t) => ({
    rule: t.exposeString('rule', { description: 'VIOLATION, PENALTY, ASSESSMENT or REPEAT.' }),
    ref: t.exposeString('ref', {
      description: "Finding or penalty number, or agreement/year of an assessment; '—' to a partner for another partner's record.",
    }),
    points: t.exposeInt('points'),
    labelZh: t.exposeString('labelZh'),
    labelEn: t.exposeString('labelEn'),
  }),
});

/**
 * A deduction from a finding another partner recorded (or its penalty) counts for every reader of
 * the grade, but is named (number, violation type, measure) only to those who may read the record.
 */
function unnamedFor(ctx: Context, d: Deduction): Deduction {
  if (!anotherPartnersRecord(ctx.viewer, d.partnerId)) return d;
  return { rule: d.rule, points: d.points, ref: '—', labelZh: '其他合作机构的记录', labelEn: "Another partner's record" };
}

/** 信用评价 (A best … D worst) of a provider, physician or partner for one year. */
export const CreditEvaluation = builder.prismaNode('CreditEvaluation', {
  id: { field: 'id' },
  authScopes: { roles: CAN.read },
  findUnique: (id, ctx) => ({ id, AND: [visible.creditEvaluation(ctx.viewer)] }),
  nullable: true,
  fields: (t) => ({
    subjectType: t.expose('subjectType', { type: CreditSubjectType }),
    year: t.exposeInt('year'),
    score: t.expose('score', { type: 'Decimal' }),
    grade: t.expose('grade', { type: CreditGrade }),
    blacklisted: t.exposeBoolean('blacklisted'),
    evaluatedAt: t.expose('evaluatedAt', { type: 'DateTime' }),
    basis: t.expose('basis', {
      type: CreditBasis,
      description: 'COMPUTED by the published standard, ADJUSTED by the agency, or MANUAL.',
    }),
    deductions: t.field({
      type: [CreditDeduction],
      description: 'Why the score is what it is: each deduction of the published standard.',
      resolve: (e, _args, ctx) => (e.deductions as unknown as Deduction[]).map((d) => unnamedFor(ctx, d)),
    }),
    computedScore: t.expose('computedScore', { type: 'Decimal', nullable: true }),
    adjustmentReason: t.exposeString('adjustmentReason', { nullable: true }),
    adjustedAt: t.expose('adjustedAt', { type: 'DateTime', nullable: true }),
    version: t.exposeInt('version'),
    insurer: t.relation('insurer'),
    provider: t.relation('provider', { nullable: true }),
    physician: t.relation('physician', { nullable: true }),
    partner: t.relation('partner', { nullable: true }),
  }),
});

export const CreditEvaluationConnection = connectionOf(CreditEvaluation, 'CreditEvaluation');

export const creditEvaluationOrder = orderOf(
  'CreditEvaluation',
  { EVALUATED_AT: 'evaluatedAt', YEAR: 'year', SCORE: 'score', GRADE: 'grade' },
  'EVALUATED_AT',
);
export const CreditEvaluationOrder = creditEvaluationOrder.Input;

export const CreditEvaluationFilter = builder.inputType('CreditEvaluationFilter', {
  fields: (t) => ({
    subjectType: t.field({ type: [CreditSubjectType], required: false }),
    grade: t.field({ type: [CreditGrade], required: false }),
    blacklisted: t.boolean({ required: false }),
    yearFrom: t.int({ required: false }),
    yearTo: t.int({ required: false }),
    insurerId: t.globalID({ for: Insurer, required: false }),
    providerId: t.globalID({ for: Provider, required: false }),
    physicianId: t.globalID({ for: Physician, required: false }),
    partnerId: t.globalID({ for: Partner, required: false }),
  }),
});

export function creditEvaluationWhere(
  ctx: Context,
  filter: typeof CreditEvaluationFilter.$inferInput | null | undefined,
): Prisma.CreditEvaluationWhereInput {
  const f = filter ?? {};
  return allOf<Prisma.CreditEvaluationWhereInput>(
    visible.creditEvaluation(ctx.viewer),
    defined({
      subjectType: oneOf(f.subjectType),
      grade: oneOf(f.grade),
      blacklisted: f.blacklisted ?? undefined,
      year: range(f.yearFrom, f.yearTo),
      insurerId: idOf(f.insurerId),
      providerId: idOf(f.providerId),
      physicianId: idOf(f.physicianId),
      partnerId: idOf(f.partnerId),
    }),
  );
}

builder.queryFields((t) => ({
  creditEvaluations: t.prismaConnection(
    {
      type: CreditEvaluation,
      cursor: 'id',
      authScopes: { roles: CAN.read },
      args: {
        filter: t.arg({ type: CreditEvaluationFilter, required: false }),
        orderBy: t.arg({ type: CreditEvaluationOrder, required: false }),
      },
      resolve: (query, _root, args, ctx) =>
        requestDb(ctx).creditEvaluation.findMany({
          ...query,
          where: creditEvaluationWhere(ctx, args.filter),
          orderBy: creditEvaluationOrder.toPrisma(args.orderBy),
        }),
      totalCount: (_root, args, ctx) =>
        requestDb(ctx).creditEvaluation.count({ where: creditEvaluationWhere(ctx, args.filter) }),
    },
    CreditEvaluationConnection,
  ),
}));
