import type { Tx } from '../../server/db/database.js';
import type { Ids } from './ids.js';
import { day } from './util.js';
import { PENALTIES } from './cases.js';

/** [insured, penalty behind it, first day, end of term, restored on request]. */
type SuspensionRow = [
  insured: string,
  penalty: string | null,
  from: string,
  until: string,
  restoredOn?: string,
];

/**
 * The demo members' settlement suspensions as the hub keeps them (InsuredSettlementSuspension,
 * one row each, kept after the end), matching the seeded penalties, terms (parties.ts) and
 * restorations (supervision.ts): monitoring judges a visit by the suspension in force on its day
 * and the person's page lists them, so a suspension the person row names but the history lacks
 * would be neither screened nor shown.
 */
export const SETTLEMENT_SUSPENSIONS: SuspensionRow[] = [
  ['ins-1', 'p-chronic-suspend', '2026-03-01', '2027-02-28'],
  ['ins-7', 'p-zb-insured', '2026-07-01', '2027-06-30'],
  // Her year has run; she is still suspended until she files the request and pledge.
  ['ins-11', null, '2025-12-01', '2026-11-30'],
  // Restored on request after their years (the two TERM_ENDED sanction ends).
  ['ins-2', null, '2025-07-01', '2026-06-30', '2026-07-03'],
  ['ins-3', null, '2025-09-02', '2026-09-01', '2026-09-15'],
];

export async function seedSettlementSuspensions(prisma: Tx, ids: Ids): Promise<void> {
  for (const [insured, penalty, from, until, restoredOn] of SETTLEMENT_SUSPENSIONS) {
    const person = await prisma.insuredPerson.update({
      where: { id: ids.insured(insured) },
      // The person row carries the latest suspension, as executing and lifting leave it.
      data: {
        settlementSuspendedFrom: day(from),
        settlementSuspendedUntil: restoredOn ? null : day(until),
        settlementRestoredOn: restoredOn ? day(restoredOn) : null,
      },
      select: { insurerId: true },
    });
    await prisma.insuredSettlementSuspension.create({
      data: {
        insurerId: person.insurerId,
        insuredPersonId: ids.insured(insured),
        penaltyId: penalty ? ids.penalty(penalty) : null,
        // The penalty's scope, as executing it copies it (S2's chronic-disease pharmacy suspension).
        scope: PENALTIES.find((p) => p.key === penalty)?.scope ?? 'ALL_DIRECT_SETTLEMENT',
        suspendedFrom: day(from),
        suspendedUntil: day(until),
        restoredOn: restoredOn ? day(restoredOn) : null,
      },
    });
  }
}
