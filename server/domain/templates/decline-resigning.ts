import { z } from 'zod';
import type { ResigningCampaignItem } from '../../db/generated/prisma/client.js';
import { appendAuditEvent } from '../../audit/append-event.js';
import { inTransaction, type CommandContext } from '../transaction.js';
import { illegalTransition, notFound } from '../errors.js';
import { actsForInsurer, requireCapability } from '../shared/actor.js';
import { parseInput } from '../shared/input.js';
import { text, uuid } from '../shared/schemas.js';
import { TEMPLATE_ENTITY, TEMPLATE_EVENT } from './events.js';

export const declineResigningInput = z.object({ itemId: uuid, reason: text(2000) });

/**
 * A provider refuses to re-sign on the new template (or the agency records that it did): the
 * item is REFUSED with the reason and listed as such, never silently skipped. Only while the
 * item is still PENDING; provider staff only for their own institution.
 */
export async function declineResigning(
  ctx: CommandContext,
  raw: z.input<typeof declineResigningInput>,
): Promise<{ item: ResigningCampaignItem; auditSeq: bigint }> {
  requireCapability(ctx.actor, 'declineResigning');
  const input = parseInput(declineResigningInput, raw);
  const now = ctx.now ?? new Date();
  return inTransaction(ctx, async (tx) => {
    const item = await tx.resigningCampaignItem.findUnique({ where: { id: input.itemId } });
    const mine =
      item &&
      (ctx.actor.role === 'PROVIDER_STAFF'
        ? item.providerId !== null && item.providerId === ctx.actor.providerId
        : actsForInsurer(ctx.actor, item.insurerId));
    if (!item || !mine) throw notFound('ResigningCampaignItem', input.itemId);
    if (item.status !== 'PENDING')
      throw illegalTransition('ResigningCampaignItem', item.id, item.status, 'DECLINE');
    const updated = await tx.resigningCampaignItem.update({
      where: { id: item.id },
      data: { status: 'REFUSED', reasonCode: 'DECLINED', reason: input.reason, processedAt: now },
    });
    const { seq } = await appendAuditEvent(tx, {
      type: TEMPLATE_EVENT.resigningDeclined,
      entityType: TEMPLATE_ENTITY.campaign,
      entityId: item.campaignId,
      actor: ctx.actor,
      requestId: ctx.requestId,
      insurerId: item.insurerId,
      providerId: item.providerId,
      data: { itemId: item.id, agreementId: item.agreementId, reason: input.reason },
    });
    return { item: updated, auditSeq: seq };
  });
}
