import { builder } from '../builder.js';
import {
  DeliveryStatus,
  DocumentKind,
  ReferralKind,
  ReferralOutcome,
  SanctionEndReason,
  SanctionKind,
} from '../enums.js';
import { CAN } from '../../server/auth/capabilities.js';
import { visible } from '../../server/auth/tenant-filters.js';
import { requestDb } from '../../server/policy/request-db.js';
import { connectionOf } from './connection-helpers.js';
import { Penalty } from './penalty.js';
import { penaltyById } from './penalty-by-id.js';


/** The end of a suspension (early on request and pledge, or at its term), with its documents. */
export const SanctionEnd = builder.prismaNode('SanctionEnd', {
  id: { field: 'id' },
  authScopes: { roles: CAN.readTipOffs },
  findUnique: (id, ctx) => ({ id, AND: [visible.sanctionEnd(ctx.viewer)] }),
  nullable: true,
  fields: (t) => ({
    kind: t.expose('kind', { type: SanctionKind }),
    reason: t.expose('reason', { type: SanctionEndReason }),
    insuredPersonId: t.exposeString('insuredPersonId', { nullable: true }),
    physicianId: t.exposeString('physicianId', { nullable: true }),
    suspendedUntil: t.expose('suspendedUntil', { type: 'Date', nullable: true }),
    endedOn: t.expose('endedOn', { type: 'Date' }),
    requestDocumentRef: t.exposeString('requestDocumentRef', { nullable: true }),
    pledgeDocumentRef: t.exposeString('pledgeDocumentRef', { nullable: true }),
    note: t.exposeString('note', { nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

/** A document sent to another authority (the health authority's notice of a physician's suspension). */
export const DispatchedDocument = builder.prismaNode('DispatchedDocument', {
  id: { field: 'id' },
  authScopes: { roles: CAN.read },
  findUnique: (id, ctx) => ({ id, AND: [visible.dispatchedDocument(ctx.viewer)] }),
  nullable: true,
  fields: (t) => ({
    kind: t.expose('kind', { type: DocumentKind }),
    recipient: t.exposeString('recipient'),
    documentRef: t.exposeString('documentRef'),
    dispatchedAt: t.expose('dispatchedAt', { type: 'DateTime' }),
    deliveryStatus: t.expose('deliveryStatus', { type: DeliveryStatus }),
    deliveredAt: t.expose('deliveredAt', { type: 'DateTime', nullable: true }),
    penaltyId: t.exposeString('penaltyId'),
    version: t.exposeInt('version'),
  }),
});

/** 移送司法 / 联合惩戒: a case handed to another authority, with its outcome. */
export const Referral = builder.prismaNode('Referral', {
  id: { field: 'id' },
  authScopes: { roles: CAN.read },
  findUnique: (id, ctx) => ({ id, AND: [visible.referral(ctx.viewer)] }),
  nullable: true,
  fields: (t) => ({
    kind: t.expose('kind', { type: ReferralKind }),
    receivingAuthority: t.exposeString('receivingAuthority'),
    documentRef: t.exposeString('documentRef'),
    referredAt: t.expose('referredAt', { type: 'DateTime' }),
    outcome: t.expose('outcome', { type: ReferralOutcome }),
    outcomeNote: t.exposeString('outcomeNote', { nullable: true }),
    outcomeAt: t.expose('outcomeAt', { type: 'DateTime', nullable: true }),
    penaltyId: t.exposeString('penaltyId'),
    version: t.exposeInt('version'),
  }),
});

// A document or a referral follows a penalty: people know it by its number, not its id.
for (const followsPenalty of [DispatchedDocument, Referral] as const) {
  builder.prismaObjectFields(followsPenalty, (t) => ({
    penalty: t.prismaField({
      type: Penalty,
      nullable: true,
      description: 'The penalty it follows (its number for people), when the viewer may read it.',
      select: { penaltyId: true },
      // One batched read per page of rows, not one per row (penalty-by-id.ts).
      resolve: (query, row, _args, ctx) => penaltyById(ctx, query, row.penaltyId),
    }),
  }));
}

const SanctionEndConnection = connectionOf(SanctionEnd, 'SanctionEnd');
const DispatchedDocumentConnection = connectionOf(DispatchedDocument, 'DispatchedDocument');
const ReferralConnection = connectionOf(Referral, 'Referral');

builder.queryFields((t) => ({
  sanctionEnds: t.prismaConnection(
    {
      type: SanctionEnd,
      cursor: 'id',
      description:
        'Ends of insured-person and physician suspensions (agency staff only: they concern persons).',
      authScopes: { roles: CAN.readTipOffs },
      resolve: (query, _root, _args, ctx) =>
        requestDb(ctx).sanctionEnd.findMany({
          ...query,
          where: visible.sanctionEnd(ctx.viewer),
          orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        }),
      totalCount: (_root, _args, ctx) => requestDb(ctx).sanctionEnd.count({ where: visible.sanctionEnd(ctx.viewer) }),
    },
    SanctionEndConnection,
  ),
  dispatchedDocuments: t.prismaConnection(
    {
      type: DispatchedDocument,
      cursor: 'id',
      authScopes: { roles: CAN.read },
      resolve: (query, _root, _args, ctx) =>
        requestDb(ctx).dispatchedDocument.findMany({
          ...query,
          where: visible.dispatchedDocument(ctx.viewer),
          orderBy: [{ dispatchedAt: 'desc' }, { id: 'desc' }],
        }),
      totalCount: (_root, _args, ctx) =>
        requestDb(ctx).dispatchedDocument.count({ where: visible.dispatchedDocument(ctx.viewer) }),
    },
    DispatchedDocumentConnection,
  ),
  referrals: t.prismaConnection(
    {
      type: Referral,
      cursor: 'id',
      authScopes: { roles: CAN.read },
      resolve: (query, _root, _args, ctx) =>
        requestDb(ctx).referral.findMany({
          ...query,
          where: visible.referral(ctx.viewer),
          orderBy: [{ referredAt: 'desc' }, { id: 'desc' }],
        }),
      totalCount: (_root, _args, ctx) => requestDb(ctx).referral.count({ where: visible.referral(ctx.viewer) }),
    },
    ReferralConnection,
  ),
}));
