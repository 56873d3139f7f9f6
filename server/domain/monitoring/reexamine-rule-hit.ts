import type { z } from 'zod';
import { inTransaction, type CommandContext } from '../transaction.js';
import { parseInput } from '../shared/input.js';
import { REVIEW_EVENT } from './review-events.js';
import { ruleHitStepInput } from './review-input.js';
import { loadHitFor, takeStep, type RuleHitStepResult } from './review-step.js';

/**
 * Re-examination (复审): a second reviewer's opinion; the provider is then asked for its statement.
 * Agency staff, or a partner the hit's insurer entrusts with smart monitoring.
 */
export async function reexamineRuleHit(
  ctx: CommandContext,
  raw: z.input<typeof ruleHitStepInput>,
): Promise<RuleHitStepResult> {
  const input = parseInput(ruleHitStepInput, raw);
  return inTransaction(ctx, async (tx) => {
    const hit = await loadHitFor(tx, ctx.actor, input.ruleHitId, 'REEXAMINE');
    return takeStep(tx, ctx, {
      hit,
      action: 'REEXAMINE',
      event: REVIEW_EVENT.ruleHitReexamined,
      note: input.note,
    });
  });
}
