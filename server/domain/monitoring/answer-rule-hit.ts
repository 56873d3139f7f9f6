import type { z } from 'zod';
import { inTransaction, type CommandContext } from '../transaction.js';
import { parseInput } from '../shared/input.js';
import { REVIEW_EVENT } from './review-events.js';
import { ruleHitStepInput } from './review-input.js';
import { loadHitFor, takeStep, type RuleHitStepResult } from './review-step.js';

/**
 * The provider's statement (陈述申辩) on a hit it was asked about; the hit goes on to investigation.
 * Staff of the hit's own provider (another provider's hit is NOT_FOUND), or agency staff
 * recording a statement received on paper.
 */
export async function answerRuleHit(
  ctx: CommandContext,
  raw: z.input<typeof ruleHitStepInput>,
): Promise<RuleHitStepResult> {
  const input = parseInput(ruleHitStepInput, raw);
  return inTransaction(ctx, async (tx) => {
    const hit = await loadHitFor(tx, ctx.actor, input.ruleHitId, 'ANSWER');
    return takeStep(tx, ctx, {
      hit,
      action: 'ANSWER',
      event: REVIEW_EVENT.ruleHitAnswered,
      note: input.note,
    });
  });
}
