import { builder } from '../builder.js';
import { PractitionerProfession, PractitionerStatus } from '../enums.js';
import { CAN } from '../../server/auth/capabilities.js';
import { visible } from '../../server/auth/tenant-filters.js';
import { showIdNumber } from '../../server/auth/masking.js';
import type { Prisma } from '../../server/db/generated/prisma/client.js';
import type { Context } from '../../server/context.js';
import { requestDb } from '../../server/policy/request-db.js';
import { allOf, connectionOf, defined, idOf, oneOf, orderOf, search } from './connection-helpers.js';
import { Provider } from './provider.js';
import { PracticeSiteConnection, practiceSiteOrder } from './practice-site.js';
import { FindingConnection, FindingFilter, findingOrder, findingWhere } from './finding.js';
import { PenaltyConnection, PenaltyFilter, penaltyOrder, penaltyWhere } from './penalty.js';
import { RuleHitConnection, ruleHitOrder } from './rule-hit.js';
import { CreditEvaluationConnection, creditEvaluationOrder } from './credit-evaluation.js';

/** 医保医师 / 协议管理医师药师; the ID number is masked for roles that do not need it. */
export const Physician = builder.prismaNode('Physician', {
  id: { field: 'id' },
  authScopes: { roles: CAN.read },
  findUnique: (id, ctx) => ({ id, AND: [visible.physician(ctx.viewer)] }),
  nullable: true,
  fields: (t) => ({
    code: t.exposeString('code'),
    nameZh: t.exposeString('nameZh'),
    nameEn: t.exposeString('nameEn'),
    idNumber: t.string({
      description: '身份证号; masked (3201**********1234) unless the caller handles this physician.',
      select: {
        idNumber: true,
        practiceSites: { select: { providerId: true, provider: { select: { insurerId: true } } } },
      },
      resolve: (p, _args, ctx) =>
        showIdNumber(
          ctx.viewer,
          {
            insurerIds: p.practiceSites.map((s) => s.provider.insurerId),
            providerIds: p.practiceSites.map((s) => s.providerId),
          },
          p.idNumber,
        ),
    }),
    licenceNumber: t.exposeString('licenceNumber'),
    profession: t.expose('profession', { type: PractitionerProfession }),
    status: t.expose('status', { type: PractitionerStatus }),
    billingSuspendedUntil: t.expose('billingSuspendedUntil', { type: 'Date', nullable: true }),
    version: t.exposeInt('version'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
    // Null when the viewer does not see that provider: a provider's staff see the physicians
    // practising with them, whose first site may be another provider (not theirs to read).
    primaryProvider: t.relation('primaryProvider', {
      nullable: true,
      description: "The physician's first practice site; null when it is a provider the viewer does not see.",
    }),
  }),
});

export const PhysicianConnection = connectionOf(Physician, 'Physician');

export const physicianOrder = orderOf(
  'Physician',
  { CREATED_AT: 'createdAt', CODE: 'code', NAME_ZH: 'nameZh', STATUS: 'status' },
  'CREATED_AT',
);
export const PhysicianOrder = physicianOrder.Input;

export const PhysicianFilter = builder.inputType('PhysicianFilter', {
  fields: (t) => ({
    status: t.field({ type: [PractitionerStatus], required: false }),
    profession: t.field({ type: [PractitionerProfession], required: false }),
    providerId: t.globalID({
      for: Provider,
      required: false,
      description: 'Practises at this provider (any site).',
    }),
    primaryProviderId: t.globalID({ for: Provider, required: false }),
    search: t.string({ required: false, description: 'Code, name (zh/en) or licence number.' }),
  }),
});

export function physicianWhere(
  ctx: Context,
  filter: typeof PhysicianFilter.$inferInput | null | undefined,
): Prisma.PhysicianWhereInput {
  const f = filter ?? {};
  const providerId = idOf(f.providerId);
  return allOf<Prisma.PhysicianWhereInput>(
    visible.physician(ctx.viewer),
    defined({
      status: oneOf(f.status),
      profession: oneOf(f.profession),
      primaryProviderId: idOf(f.primaryProviderId),
    }),
    providerId ? { practiceSites: { some: { providerId } } } : undefined,
    search(f.search, ['code', 'nameZh', 'nameEn', 'licenceNumber']),
  );
}

builder.queryFields((t) => ({
  physicians: t.prismaConnection(
    {
      type: Physician,
      cursor: 'id',
      authScopes: { roles: CAN.read },
      args: {
        filter: t.arg({ type: PhysicianFilter, required: false }),
        orderBy: t.arg({ type: PhysicianOrder, required: false }),
      },
      resolve: (query, _root, args, ctx) =>
        requestDb(ctx).physician.findMany({
          ...query,
          where: physicianWhere(ctx, args.filter),
          orderBy: physicianOrder.toPrisma(args.orderBy),
        }),
      totalCount: (_root, args, ctx) => requestDb(ctx).physician.count({ where: physicianWhere(ctx, args.filter) }),
    },
    PhysicianConnection,
  ),
  physician: t.prismaField({
    type: Physician,
    nullable: true,
    authScopes: { roles: CAN.read },
    args: { id: t.arg.globalID({ for: Physician, required: true }) },
    resolve: (query, _root, args, ctx) =>
      requestDb(ctx).physician.findFirst({
        ...query,
        where: { AND: [{ id: args.id.id }, visible.physician(ctx.viewer)] },
      }),
  }),
}));

// Relations to other entities' connections are added here, apart from the node's own
// definition, so TypeScript does not infer the node refs through each other (import cycles).
builder.prismaObjectFields(Physician, (t) => ({
  practiceSites: t.relatedConnection(
    'practiceSites',
    {
      cursor: 'id',
      totalCount: true,
      query: (_args, ctx) => ({ where: visible.practiceSite(ctx.viewer), orderBy: practiceSiteOrder }),
    },
    PracticeSiteConnection,
  ),
  findings: t.relatedConnection(
    'findings',
    {
      cursor: 'id',
      totalCount: true,
      args: { filter: t.arg({ type: FindingFilter, required: false }) },
      query: (args, ctx) => ({ where: findingWhere(ctx, args.filter), orderBy: findingOrder.toPrisma(null) }),
    },
    FindingConnection,
  ),
  penalties: t.relatedConnection(
    'penalties',
    {
      cursor: 'id',
      totalCount: true,
      args: { filter: t.arg({ type: PenaltyFilter, required: false }) },
      query: (args, ctx) => ({ where: penaltyWhere(ctx, args.filter), orderBy: penaltyOrder.toPrisma(null) }),
    },
    PenaltyConnection,
  ),
  ruleHits: t.relatedConnection(
    'ruleHits',
    {
      cursor: 'id',
      totalCount: true,
      query: (_args, ctx) => ({ where: visible.ruleHit(ctx.viewer), orderBy: ruleHitOrder.toPrisma(null) }),
    },
    RuleHitConnection,
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
