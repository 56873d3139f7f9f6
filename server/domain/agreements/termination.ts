import type { Tx } from '../../db/database.js';
import type { Agreement } from '../../db/generated/prisma/client.js';
import type { Viewer } from '../../auth/viewer.js';
import { appendAuditEvent } from '../../audit/append-event.js';
import { ENTITY, EVENT } from '../audit-event-types.js';
import { isoDate } from '../shared/dates.js';
import { reapplicationBannedUntil } from './rules.js';
import { applyTransition, type AgreementResult } from './transition.js';

/**
 * Termination (解除协议) and its consequence, in the caller's transaction: the agreement is
 * TERMINATED, and for a service agreement the provider is TERMINATED and banned from
 * re-applying for 3 years from the effective date (S2 (docs/domain/sources.md)). Shared by the terminate command
 * and by executing an AGREEMENT_TERMINATION penalty.
 */
export async function applyTermination(
  tx: Tx,
  step: {
    agreement: Agreement;
    reason: string;
    effectiveOn: Date;
    now: Date;
    actor: Viewer;
    requestId: string | null;
    expectedVersion?: number;
    data?: Record<string, unknown>;
  },
): Promise<AgreementResult & { bannedUntil: Date | null }> {
  const { agreement } = step;
  const bannedUntil = agreement.providerId ? reapplicationBannedUntil(step.effectiveOn) : null;
  const result = await applyTransition(tx, {
    agreement,
    action: 'TERMINATE',
    reason: step.reason,
    effectiveOn: step.effectiveOn,
    today: step.now,
    actor: step.actor,
    requestId: step.requestId,
    expectedVersion: step.expectedVersion,
    patch: { terminatedAt: step.now, suspensionScope: null },
    data: { ...step.data, reapplicationBannedUntil: bannedUntil ? isoDate(bannedUntil) : null },
  });
  if (agreement.providerId && bannedUntil) {
    const provider = await tx.provider.findUniqueOrThrow({ where: { id: agreement.providerId } });
    // A later ban never shortens an earlier, longer one.
    const until =
      provider.reapplicationBannedUntil && provider.reapplicationBannedUntil > bannedUntil
        ? provider.reapplicationBannedUntil
        : bannedUntil;
    await tx.provider.update({
      where: { id: provider.id },
      data: { status: 'TERMINATED', reapplicationBannedUntil: until, version: { increment: 1 } },
    });
    await appendAuditEvent(tx, {
      type: EVENT.providerReapplicationBanned,
      entityType: ENTITY.provider,
      entityId: provider.id,
      actor: step.actor,
      requestId: step.requestId,
      insurerId: agreement.insurerId,
      providerId: provider.id,
      data: {
        agreementId: agreement.id,
        agreementNumber: agreement.number,
        bannedUntil: isoDate(until),
        status: 'TERMINATED',
      },
    });
    // The payload's auditSeq is the agreement's own event; the ban event follows it.
    return { ...result, bannedUntil: until };
  }
  return { ...result, bannedUntil };
}

/**
 * The last day an agreement bound its parties: its term end, or, once terminated, the day the
 * termination took effect when that came first (the TERMINATE transition's effectiveOn).
 */
export async function lastBindingDay(
  tx: Tx,
  agreement: Pick<Agreement, 'id' | 'status' | 'endsOn'>,
): Promise<Date> {
  if (agreement.status !== 'TERMINATED') return agreement.endsOn;
  const t = await tx.agreementTransition.findFirst({
    where: { agreementId: agreement.id, action: 'TERMINATE' },
    orderBy: { occurredAt: 'desc' },
    select: { effectiveOn: true },
  });
  return t && t.effectiveOn < agreement.endsOn ? t.effectiveOn : agreement.endsOn;
}
