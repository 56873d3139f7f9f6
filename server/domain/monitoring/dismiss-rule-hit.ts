import type { z } from 'zod';
import { inTransaction, type CommandContext } from '../transaction.js';
import { parseInput } from '../shared/input.js';
import { REVIEW_EVENT } from './review-events.js';
import { ruleHitStepInput } from './review-input.js';
import { loadHitFor, takeStep, type RuleHitStepResult } from './review-step.js';

/**
 * Dismissal (排除疑点) with the reason, from any open step: the hit is closed as DISMISSED.
 * A handling decision: agency staff only.
 */
export async function dismissRuleHit(
  ctx: CommandContext,
  raw: z.input<typeof ruleHitStepInput>,
): Promise<RuleHitStepResult> {
  const input = parseInput(ruleHitStepInput, raw);
  return inTransaction(ctx, async (tx) => {
    const hit = await loadHitFor(tx, ctx.actor, input.ruleHitId, 'DISMISS');
    return takeStep(tx, ctx, {
      hit,
      action: 'DISMISS',
      event: REVIEW_EVENT.ruleHitDismissed,
      note: input.note,
      patch: { status: 'DISMISSED' },
    });
  });
}
