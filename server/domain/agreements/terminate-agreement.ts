import { z } from 'zod';
import { agencyDay } from '../shared/local-date.js';
import { inTransaction, type CommandContext } from '../transaction.js';
import { requireCapability } from '../shared/actor.js';

import { parseInput } from '../shared/input.js';
import { date, expectedVersion, text, uuid } from '../shared/schemas.js';
import { applyTermination } from './termination.js';
import { checkTransitionDay, loadAgreementForWrite, requireTransition } from './transition.js';

export const terminateAgreementInput = z.object({
  id: uuid,
  expectedVersion,
  reason: text(2000),
  /** Defaults to today; the 3-year ban counts from this date. */
  effectiveOn: date.nullish(),
});

/** 解除协议: ACTIVE/SUSPENDED → TERMINATED; the provider may not re-apply for 3 years. */
export async function terminateAgreement(ctx: CommandContext, raw: z.input<typeof terminateAgreementInput>) {
  requireCapability(ctx.actor, 'manageAgreements');
  const input = parseInput(terminateAgreementInput, raw);
  const now = ctx.now ?? new Date();
  return inTransaction(ctx, async (tx) => {
    const agreement = await loadAgreementForWrite(tx, ctx.actor, input.id);
    requireTransition(agreement, 'TERMINATE');
    if (input.effectiveOn) await checkTransitionDay(tx, agreement, input.effectiveOn, agencyDay(now));
    return applyTermination(tx, {
      agreement,
      reason: input.reason,
      effectiveOn: input.effectiveOn ?? agencyDay(now),
      now,
      actor: ctx.actor,
      requestId: ctx.requestId,
      expectedVersion: input.expectedVersion,
    });
  });
}
