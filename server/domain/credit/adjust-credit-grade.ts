import { z } from 'zod';
import { appendAuditEvent } from '../../audit/append-event.js';
import { withdrawCreditDisclosures } from '../disclosure/withdraw-for-changed-decision.js';
import { visible } from '../../auth/tenant-filters.js';
import { inTransaction, type CommandContext } from '../transaction.js';
import { notFound } from '../errors.js';
import { ENTITY, EVENT } from '../audit-event-types.js';
import { requireCapability, requireInsurer } from '../shared/actor.js';
import { invalidField, parseInput } from '../shared/input.js';
import { formatScore, parseScore } from '../shared/score.js';
import { expectedVersion, text, uuid } from '../shared/schemas.js';
import { assertUpdated, checkVersion } from '../shared/versioning.js';
import { creditGrade } from './rules.js';
import type { CreditResult } from './grade-credit.js';

export const adjustCreditGradeInput = z.object({
  id: uuid,
  expectedVersion,
  score: z.string(),
  /** Why the computed score is overridden; kept on the evaluation and in the event. */
  reason: text(2000),
});

/** An agency adjusts an evaluation's score (and so its grade) with a recorded reason; the computed score stays. */
export async function adjustCreditGrade(
  ctx: CommandContext,
  raw: z.input<typeof adjustCreditGradeInput>,
): Promise<CreditResult> {
  const { actor } = ctx;
  requireCapability(actor, 'decidePenalties');
  const input = parseInput(adjustCreditGradeInput, raw);
  const score = parseScore(input.score);
  if (score === null) throw invalidField(['score'], 'a score from 0 to 100 with at most two decimals');
  const now = ctx.now ?? new Date();
  return inTransaction(ctx, async (tx) => {
    const ev = await tx.creditEvaluation.findFirst({
      where: { AND: [{ id: input.id }, visible.creditEvaluation(actor)] },
    });
    if (!ev) throw notFound('CreditEvaluation', input.id);
    requireInsurer(actor, ev.insurerId, 'CreditEvaluation', ev.id);
    checkVersion('CreditEvaluation', ev, input.expectedVersion);
    const { grade, blacklisted } = creditGrade(score);
    const { count } = await tx.creditEvaluation.updateMany({
      where: { id: ev.id, version: input.expectedVersion },
      data: {
        score: formatScore(score),
        grade,
        blacklisted,
        basis: 'ADJUSTED',
        computedScore: ev.computedScore ?? ev.score,
        adjustmentReason: input.reason,
        adjustedAt: now,
        version: { increment: 1 },
      },
    });
    assertUpdated(count, 'CreditEvaluation', ev, input.expectedVersion);
    const evaluation = await tx.creditEvaluation.findUniqueOrThrow({ where: { id: ev.id } });
    // A blacklisting published from this evaluation shows its old grade: withdrawn with the change.
    const withdrawn =
      grade !== ev.grade
        ? await withdrawCreditDisclosures(tx, {
            creditEvaluationId: ev.id,
            now,
            actor,
            requestId: ctx.requestId,
            reason: `credit grade adjusted from ${ev.grade} to ${grade}`,
          })
        : 0;
    const { seq } = await appendAuditEvent(tx, {
      type: EVENT.creditAdjusted,
      entityType: ENTITY.creditEvaluation,
      entityId: ev.id,
      actor,
      requestId: ctx.requestId,
      insurerId: ev.insurerId,
      providerId: ev.providerId,
      partnerId: ev.partnerId,
      data: {
        fromScore: ev.score.toFixed(2),
        fromGrade: ev.grade,
        score: formatScore(score),
        grade,
        blacklisted,
        reason: input.reason,
        disclosuresWithdrawn: withdrawn,
      },
    });
    return { evaluation, auditSeq: seq };
  });
}
