import { z } from 'zod';
import { inTransaction, type CommandContext } from '../transaction.js';
import { EVENT } from '../audit-event-types.js';
import { requireCapability } from '../shared/actor.js';
import { parseInput } from '../shared/input.js';
import { expectedVersion, fen, uuid } from '../shared/schemas.js';
import { InputError } from '../errors.js';
import { yuanWords } from '../words.js';
import { approvedReward } from './reward.js';
import type { TipOffResult } from './receive-tip-off.js';
import { loadTipOffForStep, writeTipOffStep } from './step.js';

export const approveTipOffRewardInput = z.object({
  id: uuid,
  expectedVersion,
  /** The reward approved, at most the maximum computed at verification; omitted: the maximum. */
  rewardFen: fen.nullish(),
});

/**
 * VERIFIED → REWARD_APPROVED: the reward computed at verification (reward.ts) is the maximum
 * (S2: 不高于1%); the admin approves it or a lower amount of at least a fen (`approvedReward`),
 * never more. Approval is an admin's decision (it spends money).
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
    const maxFen = tipOff.rewardFen ?? 0n;
    const rewardFen = tipOff.rewardKind
      ? approvedReward({ kind: tipOff.rewardKind, rewardFen: maxFen }, input.rewardFen)
      : null;
    if (rewardFen === null) {
      const max = yuanWords(maxFen);
      throw new InputError([
        tipOff.rewardKind === 'COMMENDATION'
          ? { path: ['input', 'rewardFen'], message: 'a commendation carries no money', messageZh: '精神奖励不发放奖金' }
          : {
              path: ['input', 'rewardFen'],
              message: `from ¥0.01 up to the verified maximum ${max.en}`,
              messageZh: `应在 0.01 元至核定上限 ${max.zh} 之间`,
            },
      ]);
    }
    return writeTipOffStep(tx, {
      tipOff,
      expectedVersion: input.expectedVersion,
      patch: { status: 'REWARD_APPROVED', rewardApprovedAt: now, rewardFen },
      event: EVENT.tipOffRewardApproved,
      actor: ctx.actor,
      requestId: ctx.requestId,
      data: { rewardKind: tipOff.rewardKind, rewardFen, maxRewardFen: maxFen },
    });
  });
}
