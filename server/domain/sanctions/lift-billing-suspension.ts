import { z } from 'zod';
import { agencyDay } from '../shared/local-date.js';
import { appendAuditEvent } from '../../audit/append-event.js';
import { visible } from '../../auth/tenant-filters.js';
import { inTransaction, type CommandContext } from '../transaction.js';
import { notFound } from '../errors.js';
import { ENTITY, EVENT } from '../audit-event-types.js';
import { actorColumns, requireCapability, requireInsurer } from '../shared/actor.js';
import { isoDate } from '../shared/dates.js';
import { parseInput } from '../shared/input.js';
import { optionalText, uuid, line } from '../shared/schemas.js';
import { isRunning, notRunning } from './rules.js';
import type { SanctionEndResult } from './lift-settlement-suspension.js';

export const liftBillingSuspensionInput = z.object({
  physicianId: uuid,
  requestDocumentRef: line(200),
  pledgeDocumentRef: line(200),
  note: optionalText(2000),
});

/** Restores a physician's billing right before the suspension's end, on a written request and pledge. */
export async function liftBillingSuspension(
  ctx: CommandContext,
  raw: z.input<typeof liftBillingSuspensionInput>,
): Promise<SanctionEndResult> {
  const { actor } = ctx;
  requireCapability(actor, 'decidePenalties');
  const input = parseInput(liftBillingSuspensionInput, raw);
  const today = agencyDay(ctx.now ?? new Date());
  return inTransaction(ctx, async (tx) => {
    const physician = await tx.physician.findFirst({
      where: { AND: [{ id: input.physicianId }, visible.physician(actor)] },
      include: { primaryProvider: true },
    });
    if (!physician) throw notFound('Physician', input.physicianId);
    const insurerId = physician.primaryProvider.insurerId;
    requireInsurer(actor, insurerId, 'Physician', physician.id);
    if (physician.status !== 'BILLING_SUSPENDED' || !isRunning(physician.billingSuspendedUntil, today))
      throw notRunning('Physician', physician.id, physician.billingSuspendedUntil);
    await tx.physician.update({
      where: { id: physician.id },
      data: { status: 'ACTIVE', billingSuspendedUntil: null, version: { increment: 1 } },
    });
    const end = await tx.sanctionEnd.create({
      data: {
        insurerId,
        providerId: physician.primaryProviderId,
        kind: 'PHYSICIAN_BILLING_SUSPENSION',
        reason: 'EARLY_ON_REQUEST',
        physicianId: physician.id,
        suspendedUntil: physician.billingSuspendedUntil,
        endedOn: today,
        requestDocumentRef: input.requestDocumentRef,
        pledgeDocumentRef: input.pledgeDocumentRef,
        note: input.note ?? null,
        ...actorColumns(actor),
      },
    });
    const { seq } = await appendAuditEvent(tx, {
      type: EVENT.physicianBillingRestored,
      entityType: ENTITY.physician,
      entityId: physician.id,
      actor,
      requestId: ctx.requestId,
      insurerId,
      providerId: physician.primaryProviderId,
      data: {
        reason: 'EARLY_ON_REQUEST',
        suspendedUntil: isoDate(physician.billingSuspendedUntil!),
        endedOn: isoDate(today),
        requestDocumentRef: input.requestDocumentRef,
        pledgeDocumentRef: input.pledgeDocumentRef,
        sanctionEndId: end.id,
      },
    });
    return { sanctionEndId: end.id, auditSeq: seq };
  });
}
