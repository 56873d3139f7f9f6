import { z } from 'zod';
import { inTransaction, type CommandContext } from '../transaction.js';
import { EVENT } from '../audit-event-types.js';
import { requireCapability } from '../shared/actor.js';
import { parseInput } from '../shared/input.js';
import { expectedVersion, uuid, line } from '../shared/schemas.js';
import type { TipOffResult } from './receive-tip-off.js';
import { loadTipOffForStep, writeTipOffStep } from './step.js';

export const payTipOffRewardInput = z.object({
  id: uuid,
  expectedVersion,
  /** The payment voucher (or commendation letter) reference; never the reporter's identity. */
  paymentRef: line(200),
});

/** REWARD_APPROVED → REWARDED: the reward was paid (or the commendation given), with its reference. */
export async function payTipOffReward(
  ctx: CommandContext,
  raw: z.input<typeof payTipOffRewardInput>,
): Promise<TipOffResult> {
  requireCapability(ctx.actor, 'decidePenalties');
  const input = parseInput(payTipOffRewardInput, raw);
  const now = ctx.now ?? new Date();
  return inTransaction(ctx, async (tx) => {
    const tipOff = await loadTipOffForStep(
      tx,
      ctx.actor,
      input.id,
      ['REWARD_APPROVED'],
      'PAY_REWARD',
      input.expectedVersion,
    );
    return writeTipOffStep(tx, {
      tipOff,
      expectedVersion: input.expectedVersion,
      patch: { status: 'REWARDED', rewardPaidAt: now, rewardPaymentRef: input.paymentRef, closedAt: now },
      event: EVENT.tipOffRewardPaid,
      actor: ctx.actor,
      requestId: ctx.requestId,
      data: { rewardKind: tipOff.rewardKind, rewardFen: tipOff.rewardFen, paymentRef: input.paymentRef },
    });
  });
}
