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
import { isSettlementSuspended, mayRestoreSettlement, notRunning, termRunning } from './rules.js';

export const liftSettlementSuspensionInput = z.object({
  insuredPersonId: uuid,
  /** The written request (书面申请) and the pledge (承诺书), as document references. */
  requestDocumentRef: line(200),
  pledgeDocumentRef: line(200),
  note: optionalText(2000),
});

export interface SanctionEndResult {
  sanctionEndId: string;
  auditSeq: bigint;
}

/**
 * Restores an insured person's direct settlement once the suspension's term has run, on the
 * person's written request and signed pledge (S2, docs/domain/measures.md): refused while the
 * term runs (`SANCTION_TERM_RUNNING`), and nothing restores it without the request. The event
 * is tagged with the insurer only and names no person data.
 */
export async function liftSettlementSuspension(
  ctx: CommandContext,
  raw: z.input<typeof liftSettlementSuspensionInput>,
): Promise<SanctionEndResult> {
  const { actor } = ctx;
  requireCapability(actor, 'decidePenalties');
  const input = parseInput(liftSettlementSuspensionInput, raw);
  const now = ctx.now ?? new Date();
  const today = agencyDay(now);
  return inTransaction(ctx, async (tx) => {
    const person = await tx.insuredPerson.findFirst({
      where: { AND: [{ id: input.insuredPersonId }, visible.insuredPerson(actor)] },
    });
    if (!person) throw notFound('InsuredPerson', input.insuredPersonId);
    requireInsurer(actor, person.insurerId, 'InsuredPerson', person.id);
    if (!isSettlementSuspended(person.settlementSuspendedUntil)) throw notRunning('InsuredPerson', person.id, null);
    if (!mayRestoreSettlement(person.settlementSuspendedUntil, today))
      throw termRunning('InsuredPerson', person.id, person.settlementSuspendedUntil!);
    const { count } = await tx.insuredPerson.updateMany({
      where: { id: person.id, settlementSuspendedUntil: person.settlementSuspendedUntil },
      // The start stays and the restoration day is kept: claims from inside the suspension screened
      // after this day are still found (INSURED_SUSPENDED).
      data: { settlementSuspendedUntil: null, settlementRestoredOn: today },
    });
    if (count !== 1) throw notRunning('InsuredPerson', person.id, null);
    await tx.insuredSettlementSuspension.updateMany({
      where: { insuredPersonId: person.id, restoredOn: null, reversedOn: null },
      data: { restoredOn: today },
    });
    const end = await tx.sanctionEnd.create({
      data: {
        insurerId: person.insurerId,
        kind: 'INSURED_SETTLEMENT_SUSPENSION',
        reason: 'TERM_ENDED',
        insuredPersonId: person.id,
        suspendedUntil: person.settlementSuspendedUntil,
        endedOn: today,
        requestDocumentRef: input.requestDocumentRef,
        pledgeDocumentRef: input.pledgeDocumentRef,
        note: input.note ?? null,
        ...actorColumns(actor),
      },
    });
    const { seq } = await appendAuditEvent(tx, {
      type: EVENT.insuredSettlementRestored,
      entityType: ENTITY.insuredPerson,
      entityId: person.id,
      actor,
      requestId: ctx.requestId,
      insurerId: person.insurerId,
      data: {
        reason: 'TERM_ENDED',
        suspendedUntil: isoDate(person.settlementSuspendedUntil!),
        endedOn: isoDate(today),
        requestDocumentRef: input.requestDocumentRef,
        pledgeDocumentRef: input.pledgeDocumentRef,
        sanctionEndId: end.id,
      },
    });
    return { sanctionEndId: end.id, auditSeq: seq };
  });
}
