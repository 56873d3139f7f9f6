import { z } from 'zod';
import { agencyDay } from '../../server/domain/shared/local-date.js';
import { builder } from '../builder.js';
import { AgreementFamily, AgreementKind, AgreementStatus, EntrustedWork, SuspensionScope } from '../enums.js';
import { CAN } from '../../server/auth/capabilities.js';
import { visible } from '../../server/auth/tenant-filters.js';
import type { Prisma } from '../../server/db/generated/prisma/client.js';
import type { Context } from '../../server/context.js';
import { requestDb } from '../../server/policy/request-db.js';
import { allOf, connectionOf, contains, defined, idOf, listedRelation, oneOf, orderOf, range, search, searchNeedle } from './connection-helpers.js';
import { Insurer } from './insurer.js';
import { Provider } from './provider.js';
import { Partner } from './partner.js';
import { AgreementVersion, AgreementVersionConnection } from './agreement-version.js';
import { AgreementTransitionConnection, transitionOrder } from './agreement-transition.js';
import { FindingConnection, FindingFilter, findingOrder, findingWhere } from './finding.js';
import { PenaltyConnection, PenaltyFilter, penaltyOrder, penaltyWhere } from './penalty.js';
import { AssessmentConnection, assessmentOrder } from './assessment.js';
import { RuleHitConnection, ruleHitOrder } from './rule-hit.js';

/** 协议: a service agreement (insurer ↔ provider) or a partner agreement (insurer ↔ partner). */
export const Agreement = builder.prismaNode('Agreement', {
  id: { field: 'id' },
  // Performance (bench/PERFORMANCE.md): load only the columns the operation asks for (Pothos adds
  // each exposed field's column and each relation to the select), not every column of the row:
  // a nested list read built, parsed and converted ~5× more values than it returned.
  // The few columns that identify an agreement in a list are always loaded instead, and their fields read
  // the row directly: an exposed field of a `select` type looks up its selection mapping for
  // every row it resolves on, which cost a nested list read ~25 % of its CPU.
  select: { id: true, number: true, family: true, kind: true, status: true, startsOn: true, endsOn: true },
  authScopes: { roles: CAN.read },
  // node(id) applies the tenant filter too: an agreement outside the viewer's scope is null.
  findUnique: (id, ctx) => ({ id, AND: [visible.agreement(ctx.viewer)] }),
  nullable: true,
  fields: (t) => ({
    number: t.string({ description: '协议编号', resolve: (agreement) => agreement.number }),
    family: t.field({ type: AgreementFamily, resolve: (agreement) => agreement.family }),
    kind: t.field({ type: AgreementKind, resolve: (agreement) => agreement.kind }),
    status: t.field({ type: AgreementStatus, resolve: (agreement) => agreement.status }),
    suspensionScope: t.expose('suspensionScope', { type: SuspensionScope, nullable: true }),
    entrustedWork: t.expose('entrustedWork', { type: [EntrustedWork] }),
    startsOn: t.field({ type: 'Date', resolve: (agreement) => agreement.startsOn }),
    endsOn: t.field({ type: 'Date', resolve: (agreement) => agreement.endsOn }),
    signedAt: t.expose('signedAt', { type: 'DateTime', nullable: true }),
    terminatedAt: t.expose('terminatedAt', { type: 'DateTime', nullable: true }),
    currentVersionNo: t.exposeInt('currentVersionNo'),
    version: t.exposeInt('version', { description: 'Row version for optimistic locking (expectedVersion).' }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
    insurer: t.relation('insurer'),
    provider: t.relation('provider', { nullable: true }),
    partner: t.relation('partner', { nullable: true }),
    renewedFrom: t.relation('renewedFrom', { nullable: true }),
    renewedBy: t.relation('renewedBy', { nullable: true }),
  }),
});

export const AgreementConnection = connectionOf(Agreement, 'Agreement');

export const agreementOrder = orderOf(
  'Agreement',
  {
    CREATED_AT: 'createdAt',
    NUMBER: 'number',
    STARTS_ON: 'startsOn',
    ENDS_ON: 'endsOn',
    STATUS: 'status',
    KIND: 'kind',
  },
  'CREATED_AT',
);
export const AgreementOrder = agreementOrder.Input;

export const AgreementFilter = builder.inputType('AgreementFilter', {
  fields: (t) => ({
    status: t.field({ type: [AgreementStatus], required: false }),
    family: t.field({ type: AgreementFamily, required: false }),
    kind: t.field({ type: [AgreementKind], required: false }),
    insurerId: t.globalID({ for: Insurer, required: false }),
    providerId: t.globalID({ for: Provider, required: false }),
    partnerId: t.globalID({ for: Partner, required: false }),
    regionCode: t.string({ required: false, description: "The insurer's pooling region (统筹区) code." }),
    search: t.string({ required: false, description: 'Agreement number, provider or partner name (zh/en).' }),
    startsFrom: t.field({ type: 'Date', required: false }),
    startsTo: t.field({ type: 'Date', required: false }),
    endsFrom: t.field({ type: 'Date', required: false }),
    endsTo: t.field({
      type: 'Date',
      required: false,
      description: 'Agreements ending on or before this date ("expiring soon").',
    }),
  }),
});

type AgreementFilterShape = typeof AgreementFilter.$inferInput;

/** The tenant filter AND the caller's filter: used by the root list, nested lists and counts. */
export function agreementWhere(
  ctx: Context,
  filter: AgreementFilterShape | null | undefined,
): Prisma.AgreementWhereInput {
  const f = filter ?? {};
  return allOf<Prisma.AgreementWhereInput>(
    visible.agreement(ctx.viewer),
    defined({
      status: oneOf(f.status),
      family: f.family ?? undefined,
      kind: oneOf(f.kind),
      insurerId: idOf(f.insurerId),
      providerId: idOf(f.providerId),
      partnerId: idOf(f.partnerId),
      startsOn: range(f.startsFrom, f.startsTo),
      endsOn: range(f.endsFrom, f.endsTo),
    }),
    f.regionCode ? { insurer: { regionCode: f.regionCode } } : undefined,
    search(f.search, ['number']) && {
      OR: [
        { number: contains(searchNeedle(f.search)!) },
        { provider: search(f.search, ['nameZh', 'nameEn', 'code']) },
        { partner: search(f.search, ['nameZh', 'nameEn', 'code']) },
      ],
    },
  );
}

builder.queryFields((t) => ({
  agreements: t.prismaConnection(
    {
      type: Agreement,
      cursor: 'id',
      authScopes: { roles: CAN.read },
      args: {
        filter: t.arg({ type: AgreementFilter, required: false }),
        orderBy: t.arg({ type: AgreementOrder, required: false }),
      },
      resolve: (query, _root, args, ctx) =>
        requestDb(ctx).agreement.findMany({
          ...query,
          where: agreementWhere(ctx, args.filter),
          orderBy: agreementOrder.toPrisma(args.orderBy),
        }),
      totalCount: (_root, args, ctx) => requestDb(ctx).agreement.count({ where: agreementWhere(ctx, args.filter) }),
    },
    AgreementConnection,
  ),
  agreementsExpiringSoon: t.prismaConnection(
    {
      type: Agreement,
      cursor: 'id',
      description:
        'Agreements in force (signed, active, suspended) whose term ends within `days` from today (UTC), soonest first.',
      authScopes: { roles: CAN.read },
      args: {
        days: t.arg.int({ required: false, defaultValue: 90, validate: z.number().int().min(1).max(3650) }),
      },
      resolve: (query, _root, args, ctx) =>
        requestDb(ctx).agreement.findMany({
          ...query,
          where: expiringWhere(ctx, args.days),
          orderBy: agreementOrder.toPrisma({ field: 'ENDS_ON' }),
        }),
      totalCount: (_root, args, ctx) => requestDb(ctx).agreement.count({ where: expiringWhere(ctx, args.days) }),
    },
    AgreementConnection,
  ),
  agreement: t.prismaField({
    type: Agreement,
    nullable: true,
    authScopes: { roles: CAN.read },
    args: { id: t.arg.globalID({ for: Agreement, required: true }) },
    resolve: (query, _root, args, ctx) =>
      requestDb(ctx).agreement.findFirst({
        ...query,
        where: { AND: [{ id: args.id.id }, visible.agreement(ctx.viewer)] },
      }),
  }),
}));

function expiringWhere(ctx: Context, days: number | null | undefined): Prisma.AgreementWhereInput {
  const today = agencyDay(new Date());
  const until = new Date(today.getTime() + Math.max(0, Math.min(days ?? 90, 3660)) * 86_400_000);
  return allOf<Prisma.AgreementWhereInput>(visible.agreement(ctx.viewer), {
    status: { in: ['SIGNED', 'ACTIVE', 'SUSPENDED'] },
    endsOn: { gte: today, lte: until },
  });
}

// Relations to other entities' connections are added here, apart from the node's own
// definition, so TypeScript does not infer the node refs through each other (import cycles).
builder.prismaObjectFields(Agreement, (t) => ({
  currentVersion: t.field({
    type: AgreementVersion,
    nullable: true,
    description: 'The version of the terms in force (versions stay readable after amendment).',
    select: (_args, _ctx, nested) => ({
      currentVersionNo: true,
      versions: nested({ orderBy: { versionNo: 'desc' } }),
    }),
    resolve: (agreement) =>
      agreement.versions.find((v) => v.versionNo === agreement.currentVersionNo) ?? null,
  }),
  versions: t.relatedConnection(
    'versions',
    { cursor: 'id', totalCount: true, query: () => ({ orderBy: [{ versionNo: 'asc' }, { id: 'asc' }] }) },
    AgreementVersionConnection,
  ),
  transitions: t.relatedConnection(
    'transitions',
    { cursor: 'id', totalCount: true, query: () => ({ orderBy: transitionOrder.toPrisma(null) }) },
    AgreementTransitionConnection,
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
  assessments: t.relatedConnection(
    'assessments',
    {
      cursor: 'id',
      totalCount: true,
      query: (_args, ctx) => ({
        where: visible.assessment(ctx.viewer),
        orderBy: assessmentOrder.toPrisma(null),
      }),
    },
    AssessmentConnection,
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
}));
