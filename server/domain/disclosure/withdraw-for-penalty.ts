import type { Tx } from '../../db/database.js';
import type { Viewer } from '../../auth/viewer.js';
import { appendAuditEvent } from '../../audit/append-event.js';
import { ENTITY, EVENT } from '../audit-event-types.js';

/**
 * Withdraws, in the caller's transaction, what is still published about a penalty whose
 * decision changed on appeal (overturned, or reduced so the published amount is no longer
 * true): the public must not keep reading a decision that no longer stands. Each withdrawal is
 * its own `publicDisclosure.withdrawn` event; a reduced penalty may be published again with its new
 * amount. Returns the number withdrawn.
 */
export async function withdrawPenaltyDisclosures(
  tx: Tx,
  step: { penaltyId: string; now: Date; actor: Viewer; requestId: string | null; reason: string },
): Promise<number> {
  const live = await tx.publicDisclosure.findMany({
    where: { sourcePenaltyId: step.penaltyId, withdrawnAt: null },
  });
  for (const d of live) {
    await tx.publicDisclosure.update({ where: { id: d.id }, data: { withdrawnAt: step.now } });
    await appendAuditEvent(tx, {
      type: EVENT.disclosureWithdrawn,
      entityType: ENTITY.publicDisclosure,
      entityId: d.id,
      actor: step.actor,
      requestId: step.requestId,
      insurerId: d.insurerId,
      providerId: d.providerId,
      data: { kind: d.kind, reason: step.reason, penaltyId: step.penaltyId },
    });
  }
  return live.length;
}
