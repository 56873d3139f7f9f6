import { z } from 'zod';
import { inTransaction, type CommandContext } from '../transaction.js';
import { EVENT } from '../audit-event-types.js';
import { requireCapability } from '../shared/actor.js';
import { parseInput } from '../shared/input.js';
import { expectedVersion, uuid } from '../shared/schemas.js';
import type { TipOffResult } from './receive-tip-off.js';
import { loadTipOffForStep, writeTipOffStep } from './step.js';

export const approveTipOffRewardInput = z.object({ id: uuid, expectedVersion });

/**
 * VERIFIED → REWARD_APPROVED: the reward computed at verification (reward.ts) is approved as
 * it stands; the amount cannot be changed here. Approval is an admin's decision (it spends money).
 */
export async function approveTipOffReward(
  ctx: CommandContext,
  raw: z.input<typeof approveTipOffRewardInput>,
): Promise<TipOffResult> {
  requireCapability(ctx.actor, 'decidePenalties');
  const input = parseInput(approveTipOffRewardInput, raw);
  const now = ctx.now ?? new Date();
  return inTransaction(ctx, async (tx) => {
    const tipOff = await loadTipOffForStep(
      tx,
      ctx.actor,
      input.id,
      ['VERIFIED'],
      'APPROVE_REWARD',
      input.expectedVersion,
    );
    return writeTipOffStep(tx, {
      tipOff,
      expectedVersion: input.expectedVersion,
      patch: { status: 'REWARD_APPROVED', rewardApprovedAt: now },
      event: EVENT.tipOffRewardApproved,
      actor: ctx.actor,
      requestId: ctx.requestId,
      data: { rewardKind: tipOff.rewardKind, rewardFen: tipOff.rewardFen },
    });
  });
}
