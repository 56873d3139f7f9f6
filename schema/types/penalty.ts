import { builder } from '../builder.js';
import { InsuredSuspensionScope, PenaltyMeasure, PenaltyStatus, PenaltyTarget } from '../enums.js';
import { CAN } from '../../server/auth/capabilities.js';
import { visible } from '../../server/auth/tenant-filters.js';
import type { Prisma } from '../../server/db/generated/prisma/client.js';
import type { Context } from '../../server/context.js';
import { requestDb } from '../../server/policy/request-db.js';
import { allOf, connectionOf, contains, defined, idOf, oneOf, orderOf, range, searchNeedle } from './connection-helpers.js';
import { Insurer } from './insurer.js';
import { Provider } from './provider.js';
import { Agreement } from './agreement.js';
import { Finding } from './finding.js';
import { Physician } from './physician.js';
import { ViolationType } from './violation-type.js';
import { AppealConnection, appealOrder } from './appeal.js';

/** 处理措施: one measure taken on a finding, through proposal, issue, appeal, execution and closing. */
export const Penalty = builder.prismaNode('Penalty', {
  id: { field: 'id' },
  // Performance (bench/PERFORMANCE.md): load only the columns the operation asks for (Pothos adds
  // each exposed field's column and each relation to the select), not every column of the row:
  // a nested list read built, parsed and converted ~5× more values than it returned.
  // The few columns that identify a penalty in a list are always loaded instead, and their fields read
  // the row directly: an exposed field of a `select` type looks up its selection mapping for
  // every row it resolves on, which cost a nested list read ~25 % of its CPU.
  select: { id: true, number: true, target: true, measure: true, status: true, amountFen: true, proposedAt: true },
  authScopes: { roles: CAN.read },
  findUnique: (id, ctx) => ({ id, AND: [visible.penalty(ctx.viewer)] }),
  nullable: true,
  fields: (t) => ({
    number: t.string({ resolve: (penalty) => penalty.number }),
    target: t.field({ type: PenaltyTarget, resolve: (penalty) => penalty.target }),
    measure: t.field({ type: PenaltyMeasure, resolve: (penalty) => penalty.measure }),
    status: t.field({ type: PenaltyStatus, resolve: (penalty) => penalty.status }),
    baseAmountFen: t.expose('baseAmountFen', {
      type: 'Fen',
      nullable: true,
      description: 'The amount the multiple applies to.',
    }),
    multiple: t.expose('multiple', {
      type: 'Decimal',
      nullable: true,
      description: 'e.g. "2.00" for a deduction at 2×.',
    }),
    amountFen: t.field({ type: 'Fen', nullable: true, resolve: (penalty) => penalty.amountFen }),
    recoveredAmountFen: t.expose('recoveredAmountFen', { type: 'Fen' }),
    durationMonths: t.exposeInt('durationMonths', { nullable: true }),
    insuredSuspensionScope: t.expose('insuredSuspensionScope', {
      type: InsuredSuspensionScope,
      nullable: true,
      description: 'INSURED_SETTLEMENT_SUSPENSION only: which claims the suspension refuses.',
    }),
    rectificationDueOn: t.expose('rectificationDueOn', { type: 'Date', nullable: true }),
    effectiveFrom: t.expose('effectiveFrom', { type: 'Date', nullable: true }),
    effectiveUntil: t.expose('effectiveUntil', { type: 'Date', nullable: true }),
    legalBasis: t.exposeString('legalBasis'),
    clauseRef: t.exposeString('clauseRef', { nullable: true }),
    ladderStep: t.exposeInt('ladderStep', {
      nullable: true,
      description: "The step of the clause's penalty ladder that chose this measure (1 = first breach in the window).",
    }),
    notes: t.exposeString('notes', { nullable: true }),
    appealDeadline: t.expose('appealDeadline', { type: 'DateTime', nullable: true }),
    proposedAt: t.field({ type: 'DateTime', resolve: (penalty) => penalty.proposedAt }),
    issuedAt: t.expose('issuedAt', { type: 'DateTime', nullable: true }),
    decidedAt: t.expose('decidedAt', { type: 'DateTime', nullable: true }),
    executedAt: t.expose('executedAt', { type: 'DateTime', nullable: true }),
    closedAt: t.expose('closedAt', { type: 'DateTime', nullable: true }),
    version: t.exposeInt('version'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
    finding: t.relation('finding'),
    agreement: t.relation('agreement'),
    provider: t.relation('provider'),
    physician: t.relation('physician', { nullable: true }),
    insuredPerson: t.relation('insuredPerson', { nullable: true }),
  }),
});

export const PenaltyConnection = connectionOf(Penalty, 'Penalty');

export const penaltyOrder = orderOf(
  'Penalty',
  {
    CREATED_AT: 'createdAt',
    PROPOSED_AT: 'proposedAt',
    NUMBER: 'number',
    AMOUNT: 'amountFen',
    STATUS: 'status',
    MEASURE: 'measure',
  },
  'CREATED_AT',
);
export const PenaltyOrder = penaltyOrder.Input;

export const PenaltyFilter = builder.inputType('PenaltyFilter', {
  fields: (t) => ({
    status: t.field({ type: [PenaltyStatus], required: false }),
    measure: t.field({ type: [PenaltyMeasure], required: false }),
    target: t.field({ type: [PenaltyTarget], required: false }),
    insurerId: t.globalID({ for: Insurer, required: false }),
    providerId: t.globalID({ for: Provider, required: false }),
    agreementId: t.globalID({ for: Agreement, required: false }),
    findingId: t.globalID({ for: Finding, required: false }),
    physicianId: t.globalID({ for: Physician, required: false }),
    violationTypeId: t.globalID({ for: ViolationType, required: false }),
    regionCode: t.string({ required: false, description: "The provider's region code." }),
    proposedFrom: t.field({ type: 'DateTime', required: false }),
    proposedTo: t.field({ type: 'DateTime', required: false }),
    appealDeadlineFrom: t.field({ type: 'DateTime', required: false }),
    appealDeadlineTo: t.field({ type: 'DateTime', required: false }),
    amountMin: t.field({ type: 'Fen', required: false }),
    amountMax: t.field({ type: 'Fen', required: false }),
    search: t.string({ required: false, description: 'Penalty number, finding number or provider name.' }),
  }),
});

export function penaltyWhere(
  ctx: Context,
  filter: typeof PenaltyFilter.$inferInput | null | undefined,
): Prisma.PenaltyWhereInput {
  const f = filter ?? {};
  const needle = searchNeedle(f.search);
  const insurerId = idOf(f.insurerId);
  const violationTypeId = idOf(f.violationTypeId);
  return allOf<Prisma.PenaltyWhereInput>(
    visible.penalty(ctx.viewer),
    defined({
      // The text copy of status: under row security only its (leakproof) equality can use the
      // insurer + status + proposedAt index (prisma/schema.prisma, Penalty.statusText).
      statusText: oneOf(f.status),
      measure: oneOf(f.measure),
      target: oneOf(f.target),
      providerId: idOf(f.providerId),
      agreementId: idOf(f.agreementId),
      findingId: idOf(f.findingId),
      physicianId: idOf(f.physicianId),
      proposedAt: range(f.proposedFrom, f.proposedTo),
      appealDeadline: range(f.appealDeadlineFrom, f.appealDeadlineTo),
      amountFen: range(f.amountMin, f.amountMax),
    }),
    insurerId ? { agreement: { insurerId } } : undefined,
    violationTypeId ? { finding: { violationTypeId } } : undefined,
    f.regionCode ? { provider: { regionCode: f.regionCode } } : undefined,
    needle
      ? {
          OR: [
            { number: contains(needle) },
            { finding: { number: contains(needle) } },
            { provider: { OR: [{ nameZh: contains(needle) }, { nameEn: contains(needle) }] } },
          ],
        }
      : undefined,
  );
}

builder.queryFields((t) => ({
  penalties: t.prismaConnection(
    {
      type: Penalty,
      cursor: 'id',
      authScopes: { roles: CAN.read },
      args: {
        filter: t.arg({ type: PenaltyFilter, required: false }),
        orderBy: t.arg({ type: PenaltyOrder, required: false }),
      },
      resolve: (query, _root, args, ctx) =>
        requestDb(ctx).penalty.findMany({
          ...query,
          where: penaltyWhere(ctx, args.filter),
          orderBy: penaltyOrder.toPrisma(args.orderBy),
        }),
      totalCount: (_root, args, ctx) => requestDb(ctx).penalty.count({ where: penaltyWhere(ctx, args.filter) }),
    },
    PenaltyConnection,
  ),
  penalty: t.prismaField({
    type: Penalty,
    nullable: true,
    authScopes: { roles: CAN.read },
    args: { id: t.arg.globalID({ for: Penalty, required: true }) },
    resolve: (query, _root, args, ctx) =>
      requestDb(ctx).penalty.findFirst({ ...query, where: { AND: [{ id: args.id.id }, visible.penalty(ctx.viewer)] } }),
  }),
}));

// Relations to other entities' connections are added here, apart from the node's own
// definition, so TypeScript does not infer the node refs through each other (import cycles).
builder.prismaObjectFields(Penalty, (t) => ({
  appeals: t.relatedConnection(
    'appeals',
    {
      cursor: 'id',
      totalCount: true,
      query: (_args, ctx) => ({ where: visible.appeal(ctx.viewer), orderBy: appealOrder.toPrisma(null) }),
    },
    AppealConnection,
  ),
}));
