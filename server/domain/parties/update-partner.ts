import { z } from 'zod';
import { PartnerKind } from '../../db/generated/prisma/enums.js';
import type { Partner } from '../../db/generated/prisma/client.js';
import { appendAuditEvent } from '../../audit/append-event.js';
import { inTransaction, type CommandContext } from '../transaction.js';
import { InputError, forbidden, notFound } from '../errors.js';
import { ENTITY, EVENT } from '../audit-event-types.js';
import { requireCapability } from '../shared/actor.js';
import { parseInput } from '../shared/input.js';
import { expectedVersion, uuid, line } from '../shared/schemas.js';
import { assertUpdated, checkVersion } from '../shared/versioning.js';
import { NOTHING_CHANGED, changedFields } from './rules.js';

export const updatePartnerInput = z.object({
  id: uuid,
  expectedVersion,
  nameZh: line(200).optional(),
  nameEn: line(200).optional(),
  kind: z.enum(PartnerKind).optional(),
});

export interface PartnerResult {
  partner: Partner;
  auditSeq: bigint;
}

/**
 * Edits a partner's master data. Partners (commercial insurers, firms) are national master
 * data that any insurer may contract, so only the platform admin edits them: an insurer admin
 * holds `manageParties` but is refused with FORBIDDEN (the partner is visible to it, so
 * NOT_FOUND would be a lie). Status follows the partner agreements, not this edit.
 */
export async function updatePartner(
  ctx: CommandContext,
  raw: z.input<typeof updatePartnerInput>,
): Promise<PartnerResult> {
  const { actor } = ctx;
  requireCapability(actor, 'manageParties');
  const { id, expectedVersion: expected, ...patch } = parseInput(updatePartnerInput, raw);
  if (actor.role !== 'PLATFORM_ADMIN') throw forbidden('updatePartner (platform admin only)');

  return inTransaction(ctx, async (tx) => {
    const partner = await tx.partner.findUnique({ where: { id } });
    if (!partner) throw notFound('Partner', id);
    checkVersion('Partner', partner, expected);
    const changes = changedFields(partner, patch);
    if (Object.keys(changes).length === 0) throw new InputError([NOTHING_CHANGED]);

    const data = Object.fromEntries(Object.entries(changes).map(([field, c]) => [field, c.to]));
    const { count } = await tx.partner.updateMany({
      where: { id, version: expected },
      data: { ...data, version: { increment: 1 } },
    });
    assertUpdated(count, 'Partner', partner, expected);
    const updated = await tx.partner.findUniqueOrThrow({ where: { id } });
    const { seq } = await appendAuditEvent(tx, {
      type: EVENT.partnerUpdated,
      entityType: ENTITY.partner,
      entityId: id,
      actor,
      requestId: ctx.requestId,
      partnerId: id,
      data: { code: partner.code, changes, version: updated.version },
    });
    return { partner: updated, auditSeq: seq };
  });
}
