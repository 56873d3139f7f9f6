import { builder } from '../builder.js';
import { RewardKind, TipOffChannel, TipOffStatus } from '../enums.js';
import { CAN } from '../../server/auth/capabilities.js';
import { visible } from '../../server/auth/tenant-filters.js';
import type { Prisma } from '../../server/db/generated/prisma/client.js';
import type { Context } from '../../server/context.js';
import { requestDb } from '../../server/policy/request-db.js';
import { allOf, connectionOf, defined, idOf, oneOf, orderOf, range, search } from './connection-helpers.js';
import { Insurer } from './insurer.js';
import { Provider } from './provider.js';
import { FindingConnection, findingOrder } from './finding.js';
import { actorName } from './audit-event-names.js';

/**
 * 举报: agency staff, and a partner for the tip-offs assigned to it (tenant filter and type
 * scope). The whistle-blower's identity is another table, read only by the insurer's admins
 * and auditors (`reporterContact`).
 */
export const TipOff = builder.prismaNode('TipOff', {
  id: { field: 'id' },
  authScopes: { roles: CAN.readAssignedTipOffs },
  findUnique: (id, ctx) => ({ id, AND: [visible.tipOff(ctx.viewer)] }),
  nullable: true,
  fields: (t) => ({
    number: t.exposeString('number'),
    channel: t.expose('channel', { type: TipOffChannel }),
    summary: t.exposeString('summary'),
    reporterContact: t.string({
      nullable: true,
      description:
        "The reporter's contact, kept apart: only the admins and auditors of the tip-off's insurer see it; null for everyone else.",
      authScopes: { roles: CAN.readReporterIdentity },
      unauthorizedResolver: () => null,
      resolve: async (tipOff, _args, ctx) =>
        (
          await requestDb(ctx).tipOffReporter.findFirst({
            where: { AND: [{ tipOffId: tipOff.id }, visible.tipOffReporter(ctx.viewer)] },
            select: { contact: true },
          })
        )?.contact ?? null,
    }),
    status: t.expose('status', { type: TipOffStatus }),
    verifiedAmountFen: t.expose('verifiedAmountFen', { type: 'Fen', nullable: true }),
    rewardKind: t.expose('rewardKind', { type: RewardKind, nullable: true }),
    rewardFen: t.expose('rewardFen', { type: 'Fen', nullable: true }),
    receivedAt: t.expose('receivedAt', { type: 'DateTime' }),
    closedAt: t.expose('closedAt', { type: 'DateTime', nullable: true }),
    assigneeUserId: t.exposeString('assigneeUserId', { nullable: true, description: 'The staff member investigating.' }),
    assigneeName: t.string({
      nullable: true,
      description: "The investigating staff member's display name, for colleagues (null for partners).",
      resolve: (tipOff, _args, ctx) => (tipOff.assigneeUserId ? actorName(ctx.viewer, 'USER', tipOff.assigneeUserId) : null),
    }),
    assigneePartner: t.relation('assigneePartner', { nullable: true }),
    investigationDueOn: t.expose('investigationDueOn', { type: 'Date', nullable: true }),
    rewardApprovedAt: t.expose('rewardApprovedAt', { type: 'DateTime', nullable: true }),
    rewardPaidAt: t.expose('rewardPaidAt', { type: 'DateTime', nullable: true }),
    rewardPaymentRef: t.exposeString('rewardPaymentRef', { nullable: true }),
    version: t.exposeInt('version'),
    insurer: t.relation('insurer'),
    provider: t.relation('provider', { nullable: true }),
  }),
});

export const TipOffConnection = connectionOf(TipOff, 'TipOff');

export const tipOffOrder = orderOf(
  'TipOff',
  { RECEIVED_AT: 'receivedAt', NUMBER: 'number', STATUS: 'status' },
  'RECEIVED_AT',
);
export const TipOffOrder = tipOffOrder.Input;

export const TipOffFilter = builder.inputType('TipOffFilter', {
  fields: (t) => ({
    status: t.field({ type: [TipOffStatus], required: false }),
    channel: t.field({ type: [TipOffChannel], required: false }),
    insurerId: t.globalID({ for: Insurer, required: false }),
    providerId: t.globalID({ for: Provider, required: false }),
    receivedFrom: t.field({ type: 'DateTime', required: false }),
    receivedTo: t.field({ type: 'DateTime', required: false }),
    verifiedAmountMin: t.field({ type: 'Fen', required: false }),
    verifiedAmountMax: t.field({ type: 'Fen', required: false }),
    search: t.string({ required: false, description: 'Tip-off number or summary.' }),
  }),
});

export function tipOffWhere(
  ctx: Context,
  filter: typeof TipOffFilter.$inferInput | null | undefined,
): Prisma.TipOffWhereInput {
  const f = filter ?? {};
  return allOf<Prisma.TipOffWhereInput>(
    visible.tipOff(ctx.viewer),
    defined({
      status: oneOf(f.status),
      channel: oneOf(f.channel),
      insurerId: idOf(f.insurerId),
      providerId: idOf(f.providerId),
      receivedAt: range(f.receivedFrom, f.receivedTo),
      verifiedAmountFen: range(f.verifiedAmountMin, f.verifiedAmountMax),
    }),
    search(f.search, ['number', 'summary']),
  );
}

builder.queryFields((t) => ({
  tipOffs: t.prismaConnection(
    {
      type: TipOff,
      cursor: 'id',
      authScopes: { roles: CAN.readTipOffs },
      args: {
        filter: t.arg({ type: TipOffFilter, required: false }),
        orderBy: t.arg({ type: TipOffOrder, required: false }),
      },
      resolve: (query, _root, args, ctx) =>
        requestDb(ctx).tipOff.findMany({
          ...query,
          where: tipOffWhere(ctx, args.filter),
          orderBy: tipOffOrder.toPrisma(args.orderBy),
        }),
      totalCount: (_root, args, ctx) => requestDb(ctx).tipOff.count({ where: tipOffWhere(ctx, args.filter) }),
    },
    TipOffConnection,
  ),
  assignedTipOffs: t.prismaConnection(
    {
      type: TipOff,
      cursor: 'id',
      description: 'Tip-offs the caller (a partner) was assigned to investigate; agency staff see their insurer’s.',
      authScopes: { roles: CAN.readAssignedTipOffs },
      resolve: (query, _root, _args, ctx) =>
        requestDb(ctx).tipOff.findMany({ ...query, where: visible.tipOff(ctx.viewer), orderBy: tipOffOrder.toPrisma(null) }),
      totalCount: (_root, _args, ctx) => requestDb(ctx).tipOff.count({ where: visible.tipOff(ctx.viewer) }),
    },
    TipOffConnection,
  ),
}));

// Relations to other entities' connections are added here, apart from the node's own
// definition, so TypeScript does not infer the node refs through each other (import cycles).
builder.prismaObjectFields(TipOff, (t) => ({
  findings: t.relatedConnection(
    'findings',
    {
      cursor: 'id',
      totalCount: true,
      query: (_args, ctx) => ({ where: visible.finding(ctx.viewer), orderBy: findingOrder.toPrisma(null) }),
    },
    FindingConnection,
  ),
}));
