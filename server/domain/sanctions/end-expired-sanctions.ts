import { appendAuditEvent } from '../../audit/append-event.js';
import { agencyDay } from '../shared/local-date.js';
import { db } from '../../db/database.js';
import { visible } from '../../auth/tenant-filters.js';
import { inTransaction, type CommandContext } from '../transaction.js';
import { ENTITY, EVENT } from '../audit-event-types.js';
import { actorColumns, requireCapability } from '../shared/actor.js';
import { isoDate } from '../shared/dates.js';

/**
 * Ends every physician billing suspension whose term has run out, one transaction and one event
 * each, idempotent: a job or the mutation calls it daily. Only what the actor may see (an
 * insurer's staff: their insurer; the system: all). Insured persons' settlement suspensions are
 * not ended here: after their term the right comes back only on the person's written request
 * and pledge (`liftSettlementSuspension`, docs/domain/measures.md).
 */
export async function endExpiredSanctions(
  ctx: CommandContext,
): Promise<{ ended: number; lastSeq: bigint | null }> {
  const { actor } = ctx;
  requireCapability(actor, 'decidePenalties');
  const today = agencyDay(ctx.now ?? new Date());
  let ended = 0;
  let lastSeq: bigint | null = null;
  const physicians = await db().physician.findMany({
    where: {
      AND: [{ status: 'BILLING_SUSPENDED', billingSuspendedUntil: { lte: today } }, visible.physician(actor)],
    },
    select: { id: true },
  });
  for (const { id } of physicians) {
    const seq = await inTransaction(ctx, async (tx) => {
      const p = await tx.physician.findUniqueOrThrow({ where: { id }, include: { primaryProvider: true } });
      if (p.status !== 'BILLING_SUSPENDED' || !p.billingSuspendedUntil || p.billingSuspendedUntil > today)
        return null;
      await tx.physician.update({
        where: { id },
        data: { status: 'ACTIVE', billingSuspendedUntil: null, version: { increment: 1 } },
      });
      const end = await tx.sanctionEnd.create({
        data: {
          insurerId: p.primaryProvider.insurerId,
          providerId: p.primaryProviderId,
          kind: 'PHYSICIAN_BILLING_SUSPENSION',
          reason: 'TERM_ENDED',
          physicianId: id,
          suspendedUntil: p.billingSuspendedUntil,
          endedOn: p.billingSuspendedUntil,
          ...actorColumns(actor),
        },
      });
      return (
        await appendAuditEvent(tx, {
          type: EVENT.physicianBillingRestored,
          entityType: ENTITY.physician,
          entityId: id,
          actor,
          requestId: ctx.requestId,
          insurerId: p.primaryProvider.insurerId,
          providerId: p.primaryProviderId,
          data: { reason: 'TERM_ENDED', endedOn: isoDate(p.billingSuspendedUntil), sanctionEndId: end.id },
        })
      ).seq;
    });
    if (seq !== null) [ended, lastSeq] = [ended + 1, seq];
  }
  return { ended, lastSeq };
}
