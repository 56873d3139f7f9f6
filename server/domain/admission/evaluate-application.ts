import { z } from 'zod';
import { inTransaction, type CommandContext } from '../transaction.js';
import { InputError } from '../errors.js';
import { EVENT } from '../audit-event-types.js';
import { requireCapability, requireInsurer } from '../shared/actor.js';
import { parseInput } from '../shared/input.js';
import { expectedVersion, optionalText, uuid } from '../shared/schemas.js';
import { evaluationPasses, SCORE_ITEM_CODES, scoreIssues } from './rules.js';
import { loadForStep, writeApplicationStep, type ApplicationResult } from './load-application.js';
import { agencyDay } from '../shared/local-date.js';

export const evaluateApplicationInput = z.object({
  id: uuid,
  expectedVersion,
  scores: z
    .array(
      z.object({
        item: z.enum(SCORE_ITEM_CODES),
        score: z.number().int().min(0).max(100),
        note: optionalText(1000),
      }),
    )
    .min(1)
    .max(10),
});

/** Records the evaluation against the published scoring standard (rules.ts); may be re-scored until decided. */
export async function evaluateApplication(
  ctx: CommandContext,
  raw: z.input<typeof evaluateApplicationInput>,
): Promise<ApplicationResult> {
  requireCapability(ctx.actor, 'manageSupervision');
  const input = parseInput(evaluateApplicationInput, raw);
  const issues = scoreIssues(input.scores);
  if (issues.length > 0) throw new InputError(issues);
  const now = ctx.now ?? new Date();
  return inTransaction(ctx, async (tx) => {
    const application = await loadForStep(tx, ctx.actor, input.id, 'EVALUATE', input.expectedVersion);
    requireInsurer(ctx.actor, application.insurerId, 'DesignationApplication', application.id);
    const { total, passed } = evaluationPasses(input.scores);
    const scoreItems = input.scores.map((s) => ({ item: s.item, score: s.score, note: s.note ?? null }));
    return writeApplicationStep(tx, {
      application,
      expectedVersion: input.expectedVersion,
      patch: { status: 'EVALUATED', scoreItems, totalScore: String(total), evaluatedAt: now },
      event: EVENT.applicationEvaluated,
      actor: ctx.actor,
      requestId: ctx.requestId,
      // Late from the day after the due day on the agency's calendar (the due day is in time).
      data: { totalScore: total, passed, overdue: agencyDay(now) > application.evaluationDueOn, scoreItems },
    });
  });
}
