import { builder } from '../builder.js';
import { FindingSource, FindingStatus, ViolationCategory } from '../enums.js';
import { CAN } from '../../server/auth/capabilities.js';
import { visible } from '../../server/auth/tenant-filters.js';
import type { Prisma } from '../../server/db/generated/prisma/client.js';
import type { Context } from '../../server/context.js';
import { requestDb } from '../../server/policy/request-db.js';
import { allOf, connectionOf, contains, defined, idOf, listedRelation, oneOf, orderOf, range, searchNeedle } from './connection-helpers.js';
import { Insurer } from './insurer.js';
import { Provider } from './provider.js';
import { Partner } from './partner.js';
import { Agreement } from './agreement.js';
import { Physician } from './physician.js';
import { ViolationType } from './violation-type.js';
import { PenaltyConnection, PenaltyFilter, penaltyOrder, penaltyWhere } from './penalty.js';
import { RuleHitConnection, ruleHitOrder } from './rule-hit.js';

/** A violation found on an agreement, with its evidence and the amount involved (违规金额). */
export const Finding = builder.prismaNode('Finding', {
  id: { field: 'id' },
  authScopes: { roles: CAN.read },
  findUnique: (id, ctx) => ({ id, AND: [visible.finding(ctx.viewer)] }),
  nullable: true,
  fields: (t) => ({
    number: t.exposeString('number'),
    source: t.expose('source', { type: FindingSource }),
    status: t.expose('status', { type: FindingStatus }),
    description: t.exposeString('description'),
    evidence: t.expose('evidence', {
      type: 'JSON',
      description: 'Evidence references (documents, claim ids, photos).',
    }),
    violatingAmountFen: t.expose('violatingAmountFen', { type: 'Fen' }),
    occurredFrom: t.expose('occurredFrom', { type: 'Date', nullable: true }),
    occurredTo: t.expose('occurredTo', { type: 'Date', nullable: true }),
    foundOn: t.expose('foundOn', { type: 'Date' }),
    version: t.exposeInt('version'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
    agreement: t.relation('agreement'),
    provider: t.relation('provider'),
    physician: t.relation('physician', { nullable: true }),
    insuredPerson: t.relation('insuredPerson', { nullable: true }),
    violationType: t.relation('violationType'),
    partner: t.relation('partner', {
      nullable: true,
      description: 'The partner that investigated (entrusted investigation).',
    }),
    // Tip-offs protect whistle-blowers: only agency staff follow this link; others get null.
    tipOff: t.relation('tipOff', {
      nullable: true,
      authScopes: { roles: CAN.readTipOffs },
      unauthorizedResolver: () => null,
    }),
  }),
});

export const FindingConnection = connectionOf(Finding, 'Finding');

export const findingOrder = orderOf(
  'Finding',
  {
    CREATED_AT: 'createdAt',
    FOUND_ON: 'foundOn',
    NUMBER: 'number',
    VIOLATING_AMOUNT: 'violatingAmountFen',
    STATUS: 'status',
  },
  'CREATED_AT',
);
export const FindingOrder = findingOrder.Input;

export const FindingFilter = builder.inputType('FindingFilter', {
  fields: (t) => ({
    status: t.field({ type: [FindingStatus], required: false }),
    source: t.field({ type: [FindingSource], required: false }),
    category: t.field({ type: [ViolationCategory], required: false, description: 'Violation category.' }),
    violationTypeId: t.globalID({ for: ViolationType, required: false }),
    insurerId: t.globalID({ for: Insurer, required: false }),
    providerId: t.globalID({ for: Provider, required: false }),
    partnerId: t.globalID({ for: Partner, required: false }),
    agreementId: t.globalID({ for: Agreement, required: false }),
    physicianId: t.globalID({ for: Physician, required: false }),
    regionCode: t.string({ required: false, description: "The provider's region code." }),
    foundFrom: t.field({ type: 'Date', required: false }),
    foundTo: t.field({ type: 'Date', required: false }),
    amountMin: t.field({ type: 'Fen', required: false, description: 'Violating amount at least (fen).' }),
    amountMax: t.field({ type: 'Fen', required: false, description: 'Violating amount at most (fen).' }),
    search: t.string({ required: false, description: 'Finding number, description or provider name.' }),
  }),
});

export function findingWhere(
  ctx: Context,
  filter: typeof FindingFilter.$inferInput | null | undefined,
): Prisma.FindingWhereInput {
  const f = filter ?? {};
  const needle = searchNeedle(f.search);
  const insurerId = idOf(f.insurerId);
  return allOf<Prisma.FindingWhereInput>(
    visible.finding(ctx.viewer),
    defined({
      status: oneOf(f.status),
      source: oneOf(f.source),
      violationTypeId: idOf(f.violationTypeId),
      providerId: idOf(f.providerId),
      partnerId: idOf(f.partnerId),
      agreementId: idOf(f.agreementId),
      physicianId: idOf(f.physicianId),
      foundOn: range(f.foundFrom, f.foundTo),
      violatingAmountFen: range(f.amountMin, f.amountMax),
    }),
    f.category ? { violationType: { category: { in: f.category } } } : undefined,
    insurerId ? { agreement: { insurerId } } : undefined,
    f.regionCode ? { provider: { regionCode: f.regionCode } } : undefined,
    needle
      ? {
          OR: [
            { number: contains(needle) },
            { description: contains(needle) },
            {
              provider: {
                OR: [
                  { nameZh: contains(needle) },
                  { nameEn: contains(needle) },
                ],
              },
            },
          ],
        }
      : undefined,
  );
}

builder.queryFields((t) => ({
  findings: t.prismaConnection(
    {
      type: Finding,
      cursor: 'id',
      authScopes: { roles: CAN.read },
      args: {
        filter: t.arg({ type: FindingFilter, required: false }),
        orderBy: t.arg({ type: FindingOrder, required: false }),
      },
      resolve: (query, _root, args, ctx) =>
        requestDb(ctx).finding.findMany({
          ...query,
          where: findingWhere(ctx, args.filter),
          orderBy: findingOrder.toPrisma(args.orderBy),
        }),
      totalCount: (_root, args, ctx) => requestDb(ctx).finding.count({ where: findingWhere(ctx, args.filter) }),
    },
    FindingConnection,
  ),
  finding: t.prismaField({
    type: Finding,
    nullable: true,
    authScopes: { roles: CAN.read },
    args: { id: t.arg.globalID({ for: Finding, required: true }) },
    resolve: (query, _root, args, ctx) =>
      requestDb(ctx).finding.findFirst({ ...query, where: { AND: [{ id: args.id.id }, visible.finding(ctx.viewer)] } }),
  }),
}));

// Relations to other entities' connections are added here, apart from the node's own
// definition, so TypeScript does not infer the node refs through each other (import cycles).
builder.prismaObjectFields(Finding, (t) => ({
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
}));
