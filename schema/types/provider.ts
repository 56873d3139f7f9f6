import { builder } from '../builder.js';
import { agencyDay } from '../../server/domain/shared/local-date.js';
import { HospitalGrade, Ownership, PharmacyClass, ProviderKind, ProviderStatus } from '../enums.js';
import { CAN } from '../../server/auth/capabilities.js';
import { visible } from '../../server/auth/tenant-filters.js';
import type { Prisma } from '../../server/db/generated/prisma/client.js';
import type { Context } from '../../server/context.js';
import { requestDb } from '../../server/policy/request-db.js';
import { allOf, connectionOf, defined, idOf, listedRelation, oneOf, orderOf, search } from './connection-helpers.js';
import { Insurer } from './insurer.js';
import {
  AgreementConnection,
  AgreementFilter,
  agreementOrder,
  agreementWhere,
} from './agreement.js';
import { PracticeSiteConnection, practiceSiteOrder } from './practice-site.js';
import { PhysicianConnection, PhysicianFilter, physicianOrder, physicianWhere } from './physician.js';
import { FindingConnection, FindingFilter, findingOrder, findingWhere } from './finding.js';
import { PenaltyConnection, PenaltyFilter, penaltyOrder, penaltyWhere } from './penalty.js';
import { RuleHitConnection, ruleHitOrder } from './rule-hit.js';
import { TipOffConnection, tipOffOrder } from './tip-off.js';
import { CreditEvaluationConnection, creditEvaluationOrder } from './credit-evaluation.js';
import { REPORTING_KINDS } from '../../server/domain/monthly-reports/rules.js';

/** 定点医药机构: hospital, clinic, pharmacy … holding service agreements with insurers. */
export const Provider = builder.prismaNode('Provider', {
  id: { field: 'id' },
  // Performance (bench/PERFORMANCE.md): load only the columns the operation asks for (Pothos adds
  // each exposed field's column and each relation to the select), not every column of the row:
  // a nested list read built, parsed and converted ~5× more values than it returned.
  // The few columns that identify a provider in a list are always loaded instead, and their fields read
  // the row directly: an exposed field of a `select` type looks up its selection mapping for
  // every row it resolves on, which cost a nested list read ~25 % of its CPU.
  select: { id: true, code: true, nameZh: true, kind: true, regionCode: true, status: true },
  authScopes: { roles: CAN.read },
  findUnique: (id, ctx) => ({ id, AND: [visible.provider(ctx.viewer)] }),
  nullable: true,
  fields: (t) => ({
    code: t.string({ resolve: (provider) => provider.code }),
    nameZh: t.string({ resolve: (provider) => provider.nameZh }),
    nameEn: t.exposeString('nameEn'),
    kind: t.field({ type: ProviderKind, resolve: (provider) => provider.kind }),
    hospitalGrade: t.expose('hospitalGrade', { type: HospitalGrade, nullable: true }),
    pharmacyClass: t.expose('pharmacyClass', { type: PharmacyClass, nullable: true }),
    ownership: t.expose('ownership', { type: Ownership }),
    licenceScope: t.exposeStringList('licenceScope'),
    regionCode: t.string({ resolve: (provider) => provider.regionCode }),
    address: t.exposeString('address', { nullable: true }),
    status: t.field({ type: ProviderStatus, resolve: (provider) => provider.status }),
    // The console offers the monthly report only where the hub accepts one (it asked a
    // hospital's staff for a report it then refused).
    monthlyReporting: t.boolean({
      description: 'Under the monthly drug-purchase reporting duty (月报制): pharmacies and clinics.',
      resolve: (provider) => REPORTING_KINDS.includes(provider.kind),
    }),
    reapplicationBannedUntil: t.expose('reapplicationBannedUntil', {
      type: 'Date',
      nullable: true,
      description: 'Set by a termination: no new agreement before this date (3-year ban).',
    }),
    version: t.exposeInt('version'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
    insurer: t.relation('insurer', { description: 'The insurer the provider is registered with.' }),
  }),
});

export const ProviderConnection = connectionOf(Provider, 'Provider');

export const providerOrder = orderOf(
  'Provider',
  {
    CREATED_AT: 'createdAt',
    CODE: 'code',
    NAME_ZH: 'nameZh',
    NAME_EN: 'nameEn',
    KIND: 'kind',
    STATUS: 'status',
    REGION_CODE: 'regionCode',
  },
  'CREATED_AT',
);
export const ProviderOrder = providerOrder.Input;

export const ProviderFilter = builder.inputType('ProviderFilter', {
  fields: (t) => ({
    status: t.field({ type: [ProviderStatus], required: false }),
    kind: t.field({ type: [ProviderKind], required: false }),
    hospitalGrade: t.field({ type: [HospitalGrade], required: false }),
    ownership: t.field({ type: Ownership, required: false }),
    insurerId: t.globalID({ for: Insurer, required: false }),
    regionCode: t.string({ required: false }),
    reapplicationBanned: t.boolean({
      required: false,
      description: 'true: a re-application ban is still running today.',
    }),
    monthlyReporting: t.boolean({
      required: false,
      description: 'true: only providers under the monthly reporting duty (see Provider.monthlyReporting).',
    }),
    search: t.string({ required: false, description: 'Code or name (zh/en).' }),
  }),
});

export function providerWhere(
  ctx: Context,
  filter: typeof ProviderFilter.$inferInput | null | undefined,
): Prisma.ProviderWhereInput {
  const f = filter ?? {};
  const today = agencyDay(new Date());
  return allOf<Prisma.ProviderWhereInput>(
    visible.provider(ctx.viewer),
    defined({
      status: oneOf(f.status),
      kind: oneOf(f.kind),
      hospitalGrade: oneOf(f.hospitalGrade),
      ownership: f.ownership ?? undefined,
      insurerId: idOf(f.insurerId),
      regionCode: f.regionCode ?? undefined,
    }),
    f.reapplicationBanned === true ? { reapplicationBannedUntil: { gt: today } } : undefined,
    f.reapplicationBanned === false
      ? { OR: [{ reapplicationBannedUntil: null }, { reapplicationBannedUntil: { lte: today } }] }
      : undefined,
    f.monthlyReporting === true ? { kind: { in: [...REPORTING_KINDS] } } : undefined,
    f.monthlyReporting === false ? { kind: { notIn: [...REPORTING_KINDS] } } : undefined,
    search(f.search, ['code', 'nameZh', 'nameEn']),
  );
}

builder.queryFields((t) => ({
  providers: t.prismaConnection(
    {
      type: Provider,
      cursor: 'id',
      authScopes: { roles: CAN.read },
      args: {
        filter: t.arg({ type: ProviderFilter, required: false }),
        orderBy: t.arg({ type: ProviderOrder, required: false }),
      },
      resolve: (query, _root, args, ctx) =>
        requestDb(ctx).provider.findMany({
          ...query,
          where: providerWhere(ctx, args.filter),
          orderBy: providerOrder.toPrisma(args.orderBy),
        }),
      totalCount: (_root, args, ctx) => requestDb(ctx).provider.count({ where: providerWhere(ctx, args.filter) }),
    },
    ProviderConnection,
  ),
  provider: t.prismaField({
    type: Provider,
    nullable: true,
    authScopes: { roles: CAN.read },
    args: { id: t.arg.globalID({ for: Provider, required: true }) },
    resolve: (query, _root, args, ctx) =>
      requestDb(ctx).provider.findFirst({
        ...query,
        where: { AND: [{ id: args.id.id }, visible.provider(ctx.viewer)] },
      }),
  }),
}));

// Relations to other entities' connections are added here, apart from the node's own
// definition, so TypeScript does not infer the node refs through each other (import cycles).
builder.prismaObjectFields(Provider, (t) => ({
  agreements: t.relatedConnection(
    'agreements',
    listedRelation(t.arg, AgreementFilter, agreementOrder, agreementWhere),
    AgreementConnection,
  ),
  practiceSites: t.relatedConnection(
    'practiceSites',
    {
      cursor: 'id',
      totalCount: true,
      description: 'Physicians practising here (多点执业 included).',
      query: (_args, ctx) => ({
        where: { physician: visible.physician(ctx.viewer) },
        orderBy: practiceSiteOrder,
      }),
    },
    PracticeSiteConnection,
  ),
  primaryPhysicians: t.relatedConnection(
    'primaryPhysicians',
    {
      cursor: 'id',
      totalCount: true,
      description: 'Physicians whose primary practice site is this provider.',
      args: { filter: t.arg({ type: PhysicianFilter, required: false }) },
      query: (args, ctx) => ({
        where: physicianWhere(ctx, args.filter),
        orderBy: physicianOrder.toPrisma(null),
      }),
    },
    PhysicianConnection,
  ),
  findings: t.relatedConnection(
    'findings',
    listedRelation(t.arg, FindingFilter, findingOrder, findingWhere),
    FindingConnection,
  ),
  penalties: t.relatedConnection(
    'penalties',
    listedRelation(t.arg, PenaltyFilter, penaltyOrder, penaltyWhere),
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
  tipOffs: t.relatedConnection(
    'tipOffs',
    {
      cursor: 'id',
      totalCount: true,
      query: (_args, ctx) => ({ where: visible.tipOff(ctx.viewer), orderBy: tipOffOrder.toPrisma(null) }),
    },
    TipOffConnection,
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
