import type { z } from 'zod';
import { inTransaction, type CommandContext } from '../transaction.js';
import { parseInput } from '../shared/input.js';
import { REVIEW_EVENT } from './review-events.js';
import { ruleHitStepInput } from './review-input.js';
import { loadHitFor, takeStep, type RuleHitStepResult } from './review-step.js';

/**
 * Initial review (初审): the reviewer's opinion; the hit goes on to re-examination. Agency staff,
 * or a partner the hit's insurer entrusts with smart monitoring.
 */
export async function reviewRuleHit(
  ctx: CommandContext,
  raw: z.input<typeof ruleHitStepInput>,
): Promise<RuleHitStepResult> {
  const input = parseInput(ruleHitStepInput, raw);
  return inTransaction(ctx, async (tx) => {
    const hit = await loadHitFor(tx, ctx.actor, input.ruleHitId, 'REVIEW');
    return takeStep(tx, ctx, {
      hit,
      action: 'REVIEW',
      event: REVIEW_EVENT.ruleHitReviewed,
      note: input.note,
    });
  });
}
