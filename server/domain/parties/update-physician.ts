import { z } from 'zod';
import { PractitionerProfession } from '../../db/generated/prisma/enums.js';
import type { Physician } from '../../db/generated/prisma/client.js';
import { appendAuditEvent } from '../../audit/append-event.js';
import { visible } from '../../auth/tenant-filters.js';
import { inTransaction, type CommandContext } from '../transaction.js';
import { InputError, notFound } from '../errors.js';
import { ENTITY, EVENT } from '../audit-event-types.js';
import { requireCapability, requireInsurer } from '../shared/actor.js';
import { parseInput } from '../shared/input.js';
import { expectedVersion, uuid, line } from '../shared/schemas.js';
import { assertUpdated, checkVersion } from '../shared/versioning.js';
import { NOTHING_CHANGED, changedFields } from './rules.js';

export const updatePhysicianInput = z.object({
  id: uuid,
  expectedVersion,
  nameZh: line(100).optional(),
  nameEn: line(100).optional(),
  licenceNumber: line(64).optional(),
  profession: z.enum(PractitionerProfession).optional(),
});

export interface PhysicianResult {
  physician: Physician;
  auditSeq: bigint;
}

/**
 * Edits a physician's (医保医师) master data. The ID number is not editable (it identifies the
 * person), nor status or billing suspension (penalties set those). Agency staff edit the
 * physicians whose primary practice is registered with their insurer; others answer NOT_FOUND.
 */
export async function updatePhysician(
  ctx: CommandContext,
  raw: z.input<typeof updatePhysicianInput>,
): Promise<PhysicianResult> {
  const { actor } = ctx;
  requireCapability(actor, 'manageParties');
  const { id, expectedVersion: expected, ...patch } = parseInput(updatePhysicianInput, raw);

  return inTransaction(ctx, async (tx) => {
    const physician = await tx.physician.findFirst({
      where: { AND: [{ id }, visible.physician(actor)] },
      include: { primaryProvider: { select: { insurerId: true } } },
    });
    if (!physician) throw notFound('Physician', id);
    const { primaryProvider, ...row } = physician;
    requireInsurer(actor, primaryProvider.insurerId, 'Physician', id);
    checkVersion('Physician', row, expected);
    const changes = changedFields(row, patch);
    if (Object.keys(changes).length === 0) throw new InputError([NOTHING_CHANGED]);

    const data = Object.fromEntries(Object.entries(changes).map(([field, c]) => [field, c.to]));
    const { count } = await tx.physician.updateMany({
      where: { id, version: expected },
      data: { ...data, version: { increment: 1 } },
    });
    assertUpdated(count, 'Physician', row, expected);
    const updated = await tx.physician.findUniqueOrThrow({ where: { id } });
    const { seq } = await appendAuditEvent(tx, {
      type: EVENT.physicianUpdated,
      entityType: ENTITY.physician,
      entityId: id,
      actor,
      requestId: ctx.requestId,
      insurerId: primaryProvider.insurerId,
      providerId: row.primaryProviderId,
      data: { code: row.code, changes, version: updated.version },
    });
    return { physician: updated, auditSeq: seq };
  });
}
