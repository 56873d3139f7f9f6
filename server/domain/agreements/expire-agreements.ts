import { systemViewer, type Viewer } from '../../auth/viewer.js';
import { agencyDay } from '../shared/local-date.js';
import { db } from '../../db/database.js';
import type { AgreementStatus } from '../../db/generated/prisma/enums.js';
import { inTransaction } from '../transaction.js';
import { addDays, utcDay } from '../shared/dates.js';
import { applyTransition } from './transition.js';
import { agreementsWithEndedSuspension, resumeIfTermEnded } from './suspension-terms.js';

/**
 * States an ended term leaves. SIGNED too: a signed agreement whose whole term passed between
 * two runs (or while the job was off) was never activated, and never expired either.
 */
const ENDING: AgreementStatus[] = ['SIGNED', 'ACTIVE', 'SUSPENDED'];

export interface ExpiryResult {
  expired: { id: string; auditSeq: bigint }[];
  activated: { id: string; auditSeq: bigint }[];
  /** Suspended by a penalty with a term that has ended: resumed (suspension-terms.ts). */
  resumed: { id: string; auditSeq: bigint }[];
}

/**
 * The term-end job: SIGNED/ACTIVE/SUSPENDED agreements whose last day is over become EXPIRED, and
 * SIGNED agreements whose term has started become ACTIVE, and agreements suspended by a penalty
 * whose suspension term has ended are resumed, each with its transition and event.
 * One transaction per agreement, so one agreement changed concurrently (STALE_VERSION) does
 * not hold the others back; it is simply picked up by the next run. Idempotent.
 */
export async function expireAgreements(
  now: Date,
  options: { actor?: Viewer; requestId?: string | null; batch?: number } = {},
): Promise<ExpiryResult> {
  const actor = options.actor ?? systemViewer;
  // Run as the given actor (an admin triggering it) or, by default, as the hub itself.
  const command = { actor, requestId: options.requestId ?? null };
  const today = agencyDay(now);
  const take = options.batch ?? 500;
  const result: ExpiryResult = { expired: [], activated: [], resumed: [] };

  const due = await db().agreement.findMany({
    where: { status: { in: ENDING }, endsOn: { lt: today } },
    select: { id: true },
    orderBy: { id: 'asc' },
    take,
  });
  for (const { id } of due) {
    const outcome = await runOne(async () =>
      inTransaction(command, async (tx) => {
        const agreement = await tx.agreement.findUniqueOrThrow({ where: { id } });
        if (!ENDING.includes(agreement.status) || agreement.endsOn >= today) return null;
        return applyTransition(tx, {
          agreement,
          action: 'EXPIRE',
          reason: agreement.status === 'SIGNED' ? 'term ended before it was activated' : 'term ended',
          effectiveOn: addDays(utcDay(agreement.endsOn), 1),
          today: now,
          actor,
          requestId: options.requestId ?? null,
          patch: { suspensionScope: null },
        });
      }),
    );
    if (outcome) result.expired.push({ id, auditSeq: outcome.auditSeq });
  }

  const starting = await db().agreement.findMany({
    where: { status: 'SIGNED', startsOn: { lte: today }, endsOn: { gte: today } },
    select: { id: true },
    orderBy: { id: 'asc' },
    take,
  });
  for (const { id } of starting) {
    const outcome = await runOne(async () =>
      inTransaction(command, async (tx) => {
        const agreement = await tx.agreement.findUniqueOrThrow({ where: { id } });
        if (agreement.status !== 'SIGNED' || agreement.startsOn > today) return null;
        return applyTransition(tx, {
          agreement,
          action: 'ACTIVATE',
          reason: 'term started',
          effectiveOn: utcDay(agreement.startsOn),
          today: now,
          actor,
          requestId: options.requestId ?? null,
        });
      }),
    );
    if (outcome) result.activated.push({ id, auditSeq: outcome.auditSeq });
  }

  // After expiry, so an agreement whose whole term is over expires rather than resumes.
  const ending = await inTransaction(command, (tx) => agreementsWithEndedSuspension(tx, today, take));
  for (const id of ending) {
    const outcome = await runOne(async () =>
      inTransaction(command, (tx) =>
        resumeIfTermEnded(tx, id, { today, now, actor, requestId: options.requestId ?? null }),
      ),
    );
    if (outcome) result.resumed.push({ id, auditSeq: outcome.auditSeq });
  }
  return result;
}

/** A concurrent change makes one agreement fail; the next run retries it. Other errors surface. */
async function runOne<T>(fn: () => Promise<T>): Promise<T | null> {
  try {
    return await fn();
  } catch (error) {
    if ((error as { code?: string }).code === 'STALE_VERSION') return null;
    throw error;
  }
}
