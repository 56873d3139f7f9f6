import type { Tx } from '../../db/database.js';
import type { Viewer } from '../../auth/viewer.js';
import { appendAuditEvent } from '../../audit/append-event.js';
import { ENTITY, EVENT } from '../audit-event-types.js';
import { agencyDay } from '../shared/local-date.js';
import { isoDate } from '../shared/dates.js';
import { applyTransition } from '../agreements/transition.js';
import { agreementCause, penaltyTags, type PenaltyWithAgreement } from './step.js';

/**
 * Undoes what executing a penalty did, in the decision's transaction, when an appeal against
 * the executed penalty is upheld in the party's favour (overturned). Only what is still in
 * force is undone: a suspension that already ended (resumed, term over, agreement expired) is
 * left as it is. Terminations never get here: they wait for the appeal period
 * (rules.ts `waitsForAppealPeriod`). Returns the money to refund (all of it was recovered).
 */
export async function reverseExecution(
  tx: Tx,
  penalty: PenaltyWithAgreement,
  when: { now: Date; actor: Viewer; requestId: string | null; reason: string },
): Promise<bigint> {
  const cause = { penaltyId: penalty.id, penaltyNumber: penalty.number, reason: 'OVERTURNED_ON_APPEAL' };
  const today = agencyDay(when.now);
  switch (penalty.measure) {
    case 'AGREEMENT_SUSPENSION':
    case 'SETTLEMENT_SUSPENSION': {
      const agreement = await tx.agreement.findUniqueOrThrow({ where: { id: penalty.agreementId } });
      if (agreement.status !== 'SUSPENDED') break;
      // Read by everyone who sees the agreement: the penalty named only if they all may read it.
      const named = agreementCause(penalty);
      await applyTransition(tx, {
        agreement,
        action: 'RESUME',
        reason: named ? `penalty ${penalty.number} overturned on appeal: ${when.reason}` : 'penalty overturned on appeal',
        effectiveOn: today,
        today: when.now,
        actor: when.actor,
        requestId: when.requestId,
        patch: { suspensionScope: null },
        data: { ...named, reason: cause.reason },
      });
      break;
    }
    case 'PHYSICIAN_BILLING_SUSPENSION': {
      const physician = await tx.physician.findUniqueOrThrow({ where: { id: penalty.physicianId! } });
      if (physician.status !== 'BILLING_SUSPENDED') break;
      await tx.physician.update({
        where: { id: physician.id },
        data: { status: 'ACTIVE', billingSuspendedUntil: null, version: { increment: 1 } },
      });
      await appendAuditEvent(tx, {
        type: EVENT.physicianBillingRestored,
        entityType: ENTITY.physician,
        entityId: physician.id,
        actor: when.actor,
        requestId: when.requestId,
        ...penaltyTags(penalty),
        data: {
          ...cause,
          suspendedUntil: physician.billingSuspendedUntil ? isoDate(physician.billingSuspendedUntil) : null,
          endedOn: isoDate(today),
        },
      });
      break;
    }
    case 'INSURED_SETTLEMENT_SUSPENSION': {
      const person = await tx.insuredPerson.findUniqueOrThrow({ where: { id: penalty.insuredPersonId! } });
      if (person.settlementSuspendedUntil === null) break;
      await tx.insuredPerson.update({ where: { id: person.id }, data: { settlementSuspendedUntil: null } });
      // A suspension reversed on appeal never counted: claims inside it are not flagged.
      await tx.insuredSettlementSuspension.updateMany({
        where: { penaltyId: penalty.id, reversedOn: null },
        data: { reversedOn: today },
      });
      // Personal data: tagged as the suspension event was (insurer, and the finding's partner).
      await appendAuditEvent(tx, {
        type: EVENT.insuredSettlementRestored,
        entityType: ENTITY.insuredPerson,
        entityId: person.id,
        actor: when.actor,
        requestId: when.requestId,
        insurerId: penalty.agreement.insurerId,
        partnerId: penalty.finding.partnerId,
        data: { ...cause, suspendedUntil: isoDate(person.settlementSuspendedUntil), endedOn: isoDate(today) },
      });
      break;
    }
    default:
      break;
  }
  return penalty.recoveredAmountFen;
}
