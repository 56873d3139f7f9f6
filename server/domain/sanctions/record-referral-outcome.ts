import { z } from 'zod';
import { appendAuditEvent } from '../../audit/append-event.js';
import { visible } from '../../auth/tenant-filters.js';
import { inTransaction, type CommandContext } from '../transaction.js';
import { illegalTransition, notFound } from '../errors.js';
import { ENTITY, EVENT } from '../audit-event-types.js';
import { requireCapability, requireInsurer } from '../shared/actor.js';
import { parseInput } from '../shared/input.js';
import { expectedVersion, optionalText, uuid } from '../shared/schemas.js';
import { assertUpdated, checkVersion } from '../shared/versioning.js';
import type { ReferralResult } from './refer-case.js';

export const recordReferralOutcomeInput = z.object({
  id: uuid,
  expectedVersion,
  outcome: z.enum(['ACCEPTED', 'DECLINED', 'CONCLUDED']),
  note: optionalText(2000),
});

/** PENDING → ACCEPTED | DECLINED | CONCLUDED; ACCEPTED → CONCLUDED (the receiving authority's answer). */
export async function recordReferralOutcome(
  ctx: CommandContext,
  raw: z.input<typeof recordReferralOutcomeInput>,
): Promise<ReferralResult> {
  requireCapability(ctx.actor, 'decidePenalties');
  const input = parseInput(recordReferralOutcomeInput, raw);
  const now = ctx.now ?? new Date();
  return inTransaction(ctx, async (tx) => {
    const ref = await tx.referral.findFirst({
      where: { AND: [{ id: input.id }, visible.referral(ctx.actor)] },
    });
    if (!ref) throw notFound('Referral', input.id);
    requireInsurer(ctx.actor, ref.insurerId, 'Referral', ref.id);
    const allowed =
      ref.outcome === 'PENDING' || (ref.outcome === 'ACCEPTED' && input.outcome === 'CONCLUDED');
    if (!allowed) throw illegalTransition('Referral', ref.id, ref.outcome, input.outcome);
    checkVersion('Referral', ref, input.expectedVersion);
    const { count } = await tx.referral.updateMany({
      where: { id: ref.id, version: input.expectedVersion },
      data: {
        outcome: input.outcome,
        outcomeNote: input.note ?? null,
        outcomeAt: now,
        version: { increment: 1 },
      },
    });
    assertUpdated(count, 'Referral', ref, input.expectedVersion);
    const referral = await tx.referral.findUniqueOrThrow({ where: { id: ref.id } });
    const { seq } = await appendAuditEvent(tx, {
      type: EVENT.referralOutcomeRecorded,
      entityType: ENTITY.referral,
      entityId: ref.id,
      actor: ctx.actor,
      requestId: ctx.requestId,
      insurerId: ref.insurerId,
      providerId: ref.providerId,
      data: { kind: ref.kind, fromOutcome: ref.outcome, outcome: input.outcome, note: input.note ?? null },
    });
    return { referral, auditSeq: seq };
  });
}
