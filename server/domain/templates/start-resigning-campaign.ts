import { z } from 'zod';
import type { ResigningCampaign } from '../../db/generated/prisma/client.js';
import { appendAuditEvent } from '../../audit/append-event.js';
import { inTransaction, type CommandContext } from '../transaction.js';
import { DomainError, illegalTransition } from '../errors.js';
import { requireCapability } from '../shared/actor.js';
import { parseInput } from '../shared/input.js';
import { uuid } from '../shared/schemas.js';
import { TEMPLATE_ENTITY, TEMPLATE_EVENT } from './events.js';
import { loadTemplateForWrite } from './load.js';
import { RESIGNABLE } from './resign-agreement.js';
import { enqueueInTransaction, queueRunning } from '../../jobs/queue.js';
import { RESIGNING_QUEUE } from './template-queue.js';

export const startResigningCampaignInput = z.object({
  templateId: uuid,
  /** Providers left on their current terms (named in the campaign, each item EXCEPTED). */
  exceptProviderIds: z.array(uuid).max(10_000).default([]),
});

export interface CampaignResult {
  campaign: ResigningCampaign;
  auditSeq: bigint;
}

/**
 * Opens a campaign that re-signs every agreement in force of the template's kind and insurer
 * on the published version (docs/domain/agreements.md "Lifecycle": Ma'anshan re-signed all
 * 585 at once). It lists every agreement as an item in the same transaction, so the campaign's
 * scope is fixed when it starts; the background job then works through the PENDING items
 * (run-resigning-campaign.ts), each re-signing committed with its item and its event.
 */
export async function startResigningCampaign(
  ctx: CommandContext,
  raw: z.input<typeof startResigningCampaignInput>,
): Promise<CampaignResult> {
  requireCapability(ctx.actor, 'manageAgreements');
  const input = parseInput(startResigningCampaignInput, raw);
  return inTransaction(ctx, async (tx) => {
    const template = await loadTemplateForWrite(tx, ctx.actor, input.templateId);
    if (template.status !== 'PUBLISHED') {
      throw illegalTransition('AgreementTemplate', template.id, template.status, 'START_RESIGNING');
    }
    const running = await tx.resigningCampaign.findFirst({
      where: { templateId: template.id, status: 'RUNNING' },
    });
    if (running) {
      throw new DomainError(
        'CONFLICT',
        {
          zh: `模板 ${template.code} 第 ${template.versionNo} 版的重签工作仍在进行`,
          en: `A re-signing campaign for template ${template.code} version ${template.versionNo} is still running`,
        },
        { campaignId: running.id },
      );
    }
    const agreements = await tx.agreement.findMany({
      where: { insurerId: template.insurerId, kind: template.kind, status: { in: [...RESIGNABLE] } },
      select: { id: true, providerId: true },
      orderBy: { id: 'asc' },
    });
    const excepted = new Set(input.exceptProviderIds);
    const campaign = await tx.resigningCampaign.create({
      data: {
        insurerId: template.insurerId,
        templateId: template.id,
        exceptProviderIds: [...excepted],
        total: agreements.length,
        startedById: ctx.actor.actorId,
      },
    });
    await tx.resigningCampaignItem.createMany({
      data: agreements.map((a) => {
        const skip = a.providerId !== null && excepted.has(a.providerId);
        return {
          campaignId: campaign.id,
          insurerId: template.insurerId,
          providerId: a.providerId,
          agreementId: a.id,
          status: skip ? ('EXCEPTED' as const) : ('PENDING' as const),
          reasonCode: skip ? 'PROVIDER_EXCEPTED' : null,
        };
      }),
    });
    const exceptedCount = agreements.filter(
      (a) => a.providerId !== null && excepted.has(a.providerId),
    ).length;
    const { seq } = await appendAuditEvent(tx, {
      type: TEMPLATE_EVENT.campaignStarted,
      entityType: TEMPLATE_ENTITY.campaign,
      entityId: campaign.id,
      actor: ctx.actor,
      requestId: ctx.requestId,
      insurerId: template.insurerId,
      data: {
        templateCode: template.code,
        templateVersionNo: template.versionNo,
        kind: template.kind,
        agreements: agreements.length,
        excepted: exceptedCount,
      },
    });
    // The job exists exactly when the campaign commits (the hub's queue works it).
    if (queueRunning()) await enqueueInTransaction(tx, RESIGNING_QUEUE, [{ data: { campaignId: campaign.id }, singletonKey: campaign.id }]);
    return { campaign, auditSeq: seq };
  });
}
