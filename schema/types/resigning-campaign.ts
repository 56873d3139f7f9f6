import { builder } from '../builder.js';
import { CampaignItemStatus, CampaignStatus } from '../enums.js';
import { CAN } from '../../server/auth/capabilities.js';
import { visible } from '../../server/auth/tenant-filters.js';
import { requestDb } from '../../server/policy/request-db.js';
import { connectionOf } from './connection-helpers.js';
import {
  CAMPAIGN_ITEM_REASONS,
  campaignReasonText,
  type CampaignItemReason,
} from '../../server/domain/templates/campaign-reasons.js';

const CampaignItemReasonEnum = builder.enumType('CampaignItemReason', { values: CAMPAIGN_ITEM_REASONS });

/** 重签: a campaign moving every agreement in force of a kind onto a published template version. */
export const ResigningCampaignItem = builder.prismaNode('ResigningCampaignItem', {
  id: { field: 'id' },
  authScopes: { roles: CAN.read },
  findUnique: (id, ctx) => ({ id, AND: [visible.resigningCampaignItem(ctx.viewer)] }),
  nullable: true,
  fields: (t) => ({
    status: t.expose('status', { type: CampaignItemStatus }),
    reasonCode: t.field({
      type: CampaignItemReasonEnum,
      nullable: true,
      description: 'Why it was excepted or refused, as a stable code.',
      resolve: (i) => (i.reasonCode as CampaignItemReason | null) ?? null,
    }),
    reason: t.exposeString('reason', {
      nullable: true,
      description: "The reason's detail: the declining party's own words, or the agreement's status.",
    }),
    reasonZh: t.string({ nullable: true, resolve: (i) => campaignReasonText(i.reasonCode, i.reason)?.zh ?? null }),
    reasonEn: t.string({ nullable: true, resolve: (i) => campaignReasonText(i.reasonCode, i.reason)?.en ?? null }),
    versionNo: t.exposeInt('versionNo', { nullable: true, description: 'The agreement version written by the re-signing.' }),
    processedAt: t.expose('processedAt', { type: 'DateTime', nullable: true }),
    // Whoever sees the item (its insurer, its provider) sees the agreement it re-signs.
    agreement: t.relation('agreement'),
  }),
});

export const ResigningCampaignItemConnection = connectionOf(ResigningCampaignItem, 'ResigningCampaignItem');

const ItemFilter = builder.inputType('ResigningCampaignItemFilter', {
  fields: (t) => ({ status: t.field({ type: [CampaignItemStatus], required: false }) }),
});

const CampaignCounts = builder
  .objectRef<Record<'pending' | 'resigned' | 'excepted' | 'refused', number>>('ResigningCampaignCounts')
  .implement({
    fields: (t) => ({
      pending: t.int({ resolve: (c) => c.pending }),
      resigned: t.int({ resolve: (c) => c.resigned }),
      excepted: t.int({ resolve: (c) => c.excepted }),
      refused: t.int({ resolve: (c) => c.refused }),
    }),
  });

export const ResigningCampaign = builder.prismaNode('ResigningCampaign', {
  id: { field: 'id' },
  authScopes: { roles: CAN.read },
  findUnique: (id, ctx) => ({ id, AND: [visible.resigningCampaign(ctx.viewer)] }),
  nullable: true,
  fields: (t) => ({
    status: t.expose('status', { type: CampaignStatus }),
    total: t.exposeInt('total'),
    startedAt: t.expose('startedAt', { type: 'DateTime' }),
    finishedAt: t.expose('finishedAt', { type: 'DateTime', nullable: true }),
    template: t.relation('template'),
    counts: t.field({
      type: CampaignCounts,
      description: 'Progress: items by status (a provider counts only its own).',
      resolve: async (campaign, _args, ctx) => {
        const rows = await requestDb(ctx).resigningCampaignItem.groupBy({
          by: ['status'],
          where: { AND: [{ campaignId: campaign.id }, visible.resigningCampaignItem(ctx.viewer)] },
          _count: { _all: true },
        });
        const n = (s: string) => rows.find((r) => r.status === s)?._count._all ?? 0;
        return { pending: n('PENDING'), resigned: n('RESIGNED'), excepted: n('EXCEPTED'), refused: n('REFUSED') };
      },
    }),
    items: t.relatedConnection(
      'items',
      {
        cursor: 'id',
        totalCount: true,
        args: { filter: t.arg({ type: ItemFilter, required: false }) },
        query: (args, ctx) => ({
          where: {
            AND: [visible.resigningCampaignItem(ctx.viewer), args.filter?.status ? { status: { in: args.filter.status } } : {}],
          },
          orderBy: { id: 'asc' },
        }),
      },
      ResigningCampaignItemConnection,
    ),
  }),
});

export const ResigningCampaignConnection = connectionOf(ResigningCampaign, 'ResigningCampaign');

builder.queryFields((t) => ({
  resigningCampaigns: t.prismaConnection(
    {
      type: ResigningCampaign,
      cursor: 'id',
      authScopes: { roles: CAN.read },
      resolve: (query, _root, _args, ctx) =>
        requestDb(ctx).resigningCampaign.findMany({ ...query, where: visible.resigningCampaign(ctx.viewer), orderBy: { id: 'desc' } }),
      totalCount: (_root, _args, ctx) => requestDb(ctx).resigningCampaign.count({ where: visible.resigningCampaign(ctx.viewer) }),
    },
    ResigningCampaignConnection,
  ),
}));
