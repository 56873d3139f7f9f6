import { builder } from '../builder.js';
import { ApplicationStatus, HospitalGrade, Ownership, PharmacyClass, ProviderKind } from '../enums.js';
import { CAN } from '../../server/auth/capabilities.js';
import { visible } from '../../server/auth/tenant-filters.js';
import type { Prisma } from '../../server/db/generated/prisma/client.js';
import type { Context } from '../../server/context.js';
import { requestDb } from '../../server/policy/request-db.js';
import { SCORE_ITEMS } from '../../server/domain/admission/rules.js';
import { allOf, connectionOf, defined, idOf, oneOf, orderOf, search } from './connection-helpers.js';
import { Insurer } from './insurer.js';
import { Provider } from './provider.js';

const ApplicationMaterial = builder
  .objectRef<{ title: string; ref: string }>('ApplicationMaterial')
  .implement({
    description: 'An attached material, by reference (the document itself lives in the document system).',
    fields: (t) => ({ title: t.exposeString('title'), ref: t.exposeString('ref') }),
  });

const ApplicationScoreItem = builder
  .objectRef<{ item: string; score: number; note: string | null }>('ApplicationScoreItem')
  .implement({
    description: 'One item of the published admission scoring standard, as scored.',
    fields: (t) => ({
      item: t.exposeString('item'),
      score: t.exposeInt('score'),
      max: t.int({ resolve: (s) => SCORE_ITEMS.find((i) => i.item === s.item)?.max ?? 0 }),
      labelZh: t.string({ resolve: (s) => SCORE_ITEMS.find((i) => i.item === s.item)?.labelZh ?? s.item }),
      labelEn: t.string({ resolve: (s) => SCORE_ITEMS.find((i) => i.item === s.item)?.labelEn ?? s.item }),
      note: t.exposeString('note', { nullable: true }),
    }),
  });

/** 定点申请: the insurer applied to sees it; the applying provider's staff see their own. */
export const DesignationApplication = builder.prismaNode('DesignationApplication', {
  id: { field: 'id' },
  authScopes: { roles: CAN.read },
  findUnique: (id, ctx) => ({ id, AND: [visible.designationApplication(ctx.viewer)] }),
  nullable: true,
  fields: (t) => ({
    number: t.exposeString('number'),
    applicantNameZh: t.exposeString('applicantNameZh'),
    applicantNameEn: t.exposeString('applicantNameEn'),
    kind: t.expose('kind', { type: ProviderKind }),
    hospitalGrade: t.expose('hospitalGrade', { type: HospitalGrade, nullable: true }),
    pharmacyClass: t.expose('pharmacyClass', { type: PharmacyClass, nullable: true }),
    ownership: t.expose('ownership', { type: Ownership }),
    licenceScope: t.exposeStringList('licenceScope'),
    regionCode: t.exposeString('regionCode'),
    address: t.exposeString('address', { nullable: true }),
    materials: t.field({
      type: [ApplicationMaterial],
      resolve: (a) => a.materials as { title: string; ref: string }[],
    }),
    status: t.expose('status', { type: ApplicationStatus }),
    submittedAt: t.expose('submittedAt', { type: 'DateTime' }),
    evaluationDueOn: t.expose('evaluationDueOn', { type: 'Date' }),
    decisionDueOn: t.expose('decisionDueOn', { type: 'Date' }),
    scoreItems: t.field({
      type: [ApplicationScoreItem],
      resolve: (a) => a.scoreItems as { item: string; score: number; note: string | null }[],
    }),
    totalScore: t.expose('totalScore', { type: 'Decimal', nullable: true }),
    evaluatedAt: t.expose('evaluatedAt', { type: 'DateTime', nullable: true }),
    decidedAt: t.expose('decidedAt', { type: 'DateTime', nullable: true }),
    refusalReason: t.exposeString('refusalReason', { nullable: true }),
    withdrawnAt: t.expose('withdrawnAt', { type: 'DateTime', nullable: true }),
    version: t.exposeInt('version'),
    insurer: t.relation('insurer'),
    provider: t.relation('provider', { nullable: true }),
    agreement: t.relation('agreement', { nullable: true }),
  }),
});

export const DesignationApplicationConnection = connectionOf(
  DesignationApplication,
  'DesignationApplication',
);

const applicationOrder = orderOf(
  'DesignationApplication',
  { SUBMITTED_AT: 'submittedAt', NUMBER: 'number', STATUS: 'status', DECISION_DUE_ON: 'decisionDueOn' },
  'SUBMITTED_AT',
);

export const DesignationApplicationFilter = builder.inputType('DesignationApplicationFilter', {
  fields: (t) => ({
    status: t.field({ type: [ApplicationStatus], required: false }),
    kind: t.field({ type: [ProviderKind], required: false }),
    insurerId: t.globalID({ for: Insurer, required: false }),
    providerId: t.globalID({ for: Provider, required: false }),
    search: t.string({ required: false, description: 'Application number or applicant name.' }),
  }),
});

function applicationWhere(
  ctx: Context,
  f: typeof DesignationApplicationFilter.$inferInput | null | undefined,
): Prisma.DesignationApplicationWhereInput {
  const filter = f ?? {};
  return allOf<Prisma.DesignationApplicationWhereInput>(
    visible.designationApplication(ctx.viewer),
    defined({
      status: oneOf(filter.status),
      kind: oneOf(filter.kind),
      insurerId: idOf(filter.insurerId),
      providerId: idOf(filter.providerId),
    }),
    search(filter.search, ['number', 'applicantNameZh', 'applicantNameEn']),
  );
}

builder.queryFields((t) => ({
  designationApplications: t.prismaConnection(
    {
      type: DesignationApplication,
      cursor: 'id',
      authScopes: { roles: CAN.read },
      args: {
        filter: t.arg({ type: DesignationApplicationFilter, required: false }),
        orderBy: t.arg({ type: applicationOrder.Input, required: false }),
      },
      resolve: (query, _root, args, ctx) =>
        requestDb(ctx).designationApplication.findMany({
          ...query,
          where: applicationWhere(ctx, args.filter),
          orderBy: applicationOrder.toPrisma(args.orderBy),
        }),
      totalCount: (_root, args, ctx) =>
        requestDb(ctx).designationApplication.count({ where: applicationWhere(ctx, args.filter) }),
    },
    DesignationApplicationConnection,
  ),
}));
