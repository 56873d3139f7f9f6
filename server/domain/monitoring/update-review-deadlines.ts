import { z } from 'zod';
import type { ReviewDeadlineSetting } from '../../db/generated/prisma/client.js';
import { appendAuditEvent } from '../../audit/append-event.js';
import { visible } from '../../auth/tenant-filters.js';
import { InputError, notFound } from '../errors.js';
import { requireCapability, requireInsurer } from '../shared/actor.js';
import { parseInput } from '../shared/input.js';
import { uuid } from '../shared/schemas.js';
import { inTransaction, type CommandContext } from '../transaction.js';
import { agencyTimeZone } from '../shared/local-date.js';
import { loadReviewDeadlines } from './review-deadlines.js';
import { REVIEW_ENTITY, REVIEW_EVENT } from './review-events.js';
import { DEADLINE_FIELD, OPEN_STEPS, type ReviewDeadlines } from './review-rules.js';

const days = z.number().int('must be whole days').min(1, 'at least 1 day').max(365, 'at most 365 days');

export const updateReviewDeadlinesInput = z.object({
  /** Platform admins name the insurer; an insurer admin sets its own. */
  insurerId: uuid.nullish(),
  initialReviewDays: days,
  reexaminationDays: days,
  statementDays: days,
  investigationDays: days,
  handlingDays: days,
});

export interface ReviewDeadlinesResult {
  insurerId: string;
  deadlines: ReviewDeadlines;
  setting: ReviewDeadlineSetting;
  auditSeq: bigint;
}

/**
 * Sets the days each handling step may take at an insurer. Due dates are computed from the
 * setting in force, so open steps move with it. Event with the old and new values.
 */
export async function updateReviewDeadlines(
  ctx: CommandContext,
  raw: z.input<typeof updateReviewDeadlinesInput>,
): Promise<ReviewDeadlinesResult> {
  const { actor } = ctx;
  requireCapability(actor, 'configureReview');
  const input = parseInput(updateReviewDeadlinesInput, raw);
  const insurerId = input.insurerId ?? actor.insurerId;
  if (!insurerId) throw new InputError([{ path: ['input', 'insurerId'], message: 'name the insurer' }]);
  return inTransaction(ctx, async (tx) => {
    const insurer = await tx.insurer.findFirst({
      where: { AND: [{ id: insurerId }, visible.insurer(actor)] },
    });
    if (!insurer) throw notFound('Insurer', insurerId);
    requireInsurer(actor, insurer.id, 'Insurer', insurer.id);
    const before = await loadReviewDeadlines(tx, insurer.id);
    const deadlines: ReviewDeadlines = {
      initialReviewDays: input.initialReviewDays,
      reexaminationDays: input.reexaminationDays,
      statementDays: input.statementDays,
      investigationDays: input.investigationDays,
      handlingDays: input.handlingDays,
    };
    const setting = await tx.reviewDeadlineSetting.upsert({
      where: { insurerId: insurer.id },
      create: { insurerId: insurer.id, ...deadlines },
      update: { ...deadlines, version: { increment: 1 } },
    });
    // Due dates follow the setting in force: open steps at this insurer move with it.
    // As review-rules.ts stepDueAt: the statement period ends at 24:00 of its last agency day.
    const zone = agencyTimeZone();
    for (const step of OPEN_STEPS) {
      const days = deadlines[DEADLINE_FIELD[step]];
      await tx.$executeRaw`
        UPDATE "RuleHit" AS h
           SET "stepDueAt" = CASE WHEN h."step" = 'STATEMENT'
             THEN ((date_trunc('day', h."stepEnteredAt" AT TIME ZONE ${zone}) + make_interval(days => ${days}::int + 1))
                    AT TIME ZONE ${zone}) - interval '1 millisecond'
             ELSE h."stepEnteredAt" + make_interval(days => ${days}::int) END
          FROM "AuditRule" AS r
         WHERE r."id" = h."ruleId" AND r."insurerId" = ${insurer.id}::uuid
           AND h."step" = ${step}::"RuleHitStep"`;
    }
    const { seq } = await appendAuditEvent(tx, {
      type: REVIEW_EVENT.reviewDeadlinesUpdated,
      entityType: REVIEW_ENTITY.reviewDeadlineSetting,
      entityId: setting.id,
      actor,
      requestId: ctx.requestId,
      insurerId: insurer.id,
      data: { before, after: deadlines, version: setting.version },
    });
    return { insurerId: insurer.id, deadlines, setting, auditSeq: seq };
  });
}
