import type { z } from 'zod';
import { InputError } from '../errors.js';
import { inTransaction, type CommandContext } from '../transaction.js';
import { parseInput } from '../shared/input.js';
import { REVIEW_EVENT } from './review-events.js';
import { investigateRuleHitInput } from './review-input.js';
import { loadHitFor, takeStep, type RuleHitStepResult } from './review-step.js';

/**
 * Investigation (调查核实): its result, and the violating amount it established if any (at most
 * the amount flagged); the hit then awaits handling. From the statement step only once the
 * statement period has run out (silence waives the statement). Agency staff only.
 */
export async function investigateRuleHit(
  ctx: CommandContext,
  raw: z.input<typeof investigateRuleHitInput>,
): Promise<RuleHitStepResult> {
  const input = parseInput(investigateRuleHitInput, raw);
  return inTransaction(ctx, async (tx) => {
    const hit = await loadHitFor(tx, ctx.actor, input.ruleHitId, 'INVESTIGATE');
    const amount = input.violatingAmountFen ?? null;
    if (amount !== null && amount > hit.amountFen) {
      throw new InputError([
        {
          path: ['input', 'violatingAmountFen'],
          message: `at most the amount flagged (${hit.amountFen} fen)`,
        },
      ]);
    }
    return takeStep(tx, ctx, {
      hit,
      action: 'INVESTIGATE',
      event: REVIEW_EVENT.ruleHitInvestigated,
      note: input.note,
      amountFen: amount,
    });
  });
}
