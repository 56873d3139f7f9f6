import type { Tx } from '../../db/database.js';
import type { Viewer } from '../../auth/viewer.js';
import type { PenaltyMeasure } from '../../db/generated/prisma/enums.js';
import { utcDay } from '../shared/dates.js';
import { applyTransition, type AgreementResult } from './transition.js';
import { NOT_OVERTURNED_ON_APPEAL } from '../penalties/rules.js';
import { agreementCause } from '../penalties/step.js';

/** Penalties that suspend an agreement, and may give the suspension a term (durationMonths). */
const SUSPENDING: PenaltyMeasure[] = ['AGREEMENT_SUSPENSION', 'SETTLEMENT_SUSPENSION'];

/** Suspended agreements with an executed suspension whose term has ended by `today` (to check one by one). */
export async function agreementsWithEndedSuspension(tx: Tx, today: Date, take: number): Promise<string[]> {
  const rows = await tx.agreement.findMany({
    where: {
      status: 'SUSPENDED',
      penalties: {
        some: {
          measure: { in: SUSPENDING },
          executedAt: { not: null },
          status: { not: 'OVERTURNED' },
          ...NOT_OVERTURNED_ON_APPEAL,
          effectiveUntil: { lte: today },
        },
      },
    },
    select: { id: true },
    orderBy: { id: 'asc' },
    take,
  });
  return rows.map((r) => r.id);
}

/**
 * Resumes one agreement whose suspension was a penalty's with a term that has ended (S3:
 * 暂停3个月服务协议执行; docs/domain/measures.md), in the caller's transaction; null when the
 * suspension in force is not that one. The suspension in force is the latest executed
 * suspending penalty's unless the agency resumed the agreement since (and, it being ACTIVE
 * then, any later suspension is the agency's own, without a term): that one waits for the agency.
 */
export async function resumeIfTermEnded(
  tx: Tx,
  id: string,
  when: { today: Date; now: Date; actor: Viewer; requestId: string | null },
): Promise<AgreementResult | null> {
  const agreement = await tx.agreement.findUniqueOrThrow({ where: { id } });
  if (agreement.status !== 'SUSPENDED') return null;
  const latest = await tx.penalty.findFirst({
    where: { agreementId: id, measure: { in: SUSPENDING }, executedAt: { not: null }, status: { not: 'OVERTURNED' }, ...NOT_OVERTURNED_ON_APPEAL },
    orderBy: { executedAt: 'desc' },
    include: { finding: { select: { partnerId: true } } },
  });
  if (!latest?.effectiveUntil || utcDay(latest.effectiveUntil) > when.today) return null;
  const resumedSince = await tx.agreementTransition.count({
    where: { agreementId: id, action: 'RESUME', occurredAt: { gt: latest.executedAt! } },
  });
  if (resumedSince > 0) return null;
  return applyTransition(tx, {
    agreement,
    action: 'RESUME',
    reason: 'suspension term ended',
    effectiveOn: utcDay(latest.effectiveUntil),
    today: when.now,
    actor: when.actor,
    requestId: when.requestId,
    patch: { suspensionScope: null },
    // Named only where everyone who sees the agreement may read the penalty (agreementCause).
    data: { ...agreementCause(latest), reason: 'suspension term ended' },
  });
}
