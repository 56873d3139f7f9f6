import type { Tx } from '../../db/database.js';
import type { Prisma } from '../../db/generated/prisma/client.js';
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
  return withdrawSourced(tx, { sourcePenaltyId: step.penaltyId }, { penaltyId: step.penaltyId }, step);
}

/**
 * Withdraws, in the caller's transaction, a blacklisting published from a credit evaluation
 * whose grade an agency adjusted since: the public page must not keep naming a provider as
 * blacklisted (grade D) after its grade was raised, nor show a grade it no longer has.
 */
export async function withdrawCreditDisclosures(
  tx: Tx,
  step: { creditEvaluationId: string; now: Date; actor: Viewer; requestId: string | null; reason: string },
): Promise<number> {
  return withdrawSourced(
    tx,
    { sourceCreditEvaluationId: step.creditEvaluationId },
    { creditEvaluationId: step.creditEvaluationId },
    step,
  );
}

async function withdrawSourced(
  tx: Tx,
  source: Prisma.PublicDisclosureWhereInput,
  data: Record<string, string>,
  step: { now: Date; actor: Viewer; requestId: string | null; reason: string },
): Promise<number> {
  const live = await tx.publicDisclosure.findMany({ where: { ...source, withdrawnAt: null } });
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
      data: { kind: d.kind, reason: step.reason, ...data },
    });
  }
  return live.length;
}
