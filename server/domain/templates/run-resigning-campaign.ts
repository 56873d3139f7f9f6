import { db } from '../../db/database.js';
import { systemViewer } from '../../auth/viewer.js';
import { appendAuditEvent } from '../../audit/append-event.js';
import { AS_SYSTEM, inTransaction } from '../transaction.js';
import { TEMPLATE_ENTITY, TEMPLATE_EVENT } from './events.js';
import { resignAgreement } from './resign-agreement.js';

export interface CampaignProgress {
  campaignId: string;
  processed: number;
  remaining: number;
  completed: boolean;
}

/**
 * Works through a campaign's PENDING items, one transaction per item: lock the next pending
 * item (SKIP LOCKED, so several hub processes share a campaign without waiting on each other),
 * re-sign its agreement, mark the item — all or nothing. A crash loses at most the item in
 * flight, which is still PENDING afterwards; an item once RESIGNED is never taken again, so a
 * resumed campaign never re-signs an agreement twice. Completes the campaign (with its event)
 * when nothing is pending. `limit` bounds one call (a job slice); `shouldStop` lets a worker
 * yield on shutdown.
 */
export async function runResigningCampaign(
  campaignId: string,
  options: { limit?: number; now?: () => Date; shouldStop?: () => boolean } = {},
): Promise<CampaignProgress> {
  const now = options.now ?? (() => new Date());
  const limit = options.limit ?? Number.POSITIVE_INFINITY;
  let processed = 0;
  while (processed < limit && !options.shouldStop?.()) {
    const took = await inTransaction(AS_SYSTEM, async (tx) => {
      const [item] = await tx.$queryRaw<{ id: string; agreementId: string }[]>`
        select i.id, i."agreementId" from "ResigningCampaignItem" i
        join "ResigningCampaign" c on c.id = i."campaignId"
        where i."campaignId" = ${campaignId}::uuid and i.status = 'PENDING' and c.status = 'RUNNING'
        order by i.id limit 1 for update of i skip locked`;
      if (!item) return false;
      const campaign = await tx.resigningCampaign.findUniqueOrThrow({
        where: { id: campaignId },
        include: { template: true },
      });
      const outcome = await resignAgreement(tx, {
        agreementId: item.agreementId,
        template: campaign.template,
        campaignId,
        actor: systemViewer,
        now: now(),
      });
      await tx.resigningCampaignItem.update({
        where: { id: item.id },
        data: outcome.resigned
          ? { status: 'RESIGNED', versionNo: outcome.versionNo, processedAt: now() }
          : { status: 'REFUSED', reasonCode: outcome.reasonCode, reason: outcome.detail, processedAt: now() },
      });
      return true;
    });
    if (!took) break;
    processed += 1;
  }
  const remaining = await db().resigningCampaignItem.count({ where: { campaignId, status: 'PENDING' } });
  const completed = remaining === 0 && (await completeCampaign(campaignId, now()));
  return { campaignId, processed, remaining, completed };
}

/** Marks a RUNNING campaign with nothing pending COMPLETED, once (guarded update), with its event. */
async function completeCampaign(campaignId: string, at: Date): Promise<boolean> {
  return inTransaction(AS_SYSTEM, async (tx) => {
    const { count } = await tx.resigningCampaign.updateMany({
      where: { id: campaignId, status: 'RUNNING', items: { none: { status: 'PENDING' } } },
      data: { status: 'COMPLETED', finishedAt: at },
    });
    if (count === 0) return false;
    const campaign = await tx.resigningCampaign.findUniqueOrThrow({ where: { id: campaignId } });
    const counts = await tx.resigningCampaignItem.groupBy({
      by: ['status'],
      where: { campaignId },
      _count: { _all: true },
    });
    await appendAuditEvent(tx, {
      type: TEMPLATE_EVENT.campaignCompleted,
      entityType: TEMPLATE_ENTITY.campaign,
      entityId: campaignId,
      actor: systemViewer,
      insurerId: campaign.insurerId,
      data: Object.fromEntries(counts.map((c) => [c.status.toLowerCase(), c._count._all])),
    });
    return true;
  });
}
