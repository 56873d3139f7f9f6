import type { RewardKind } from '../../db/generated/prisma/enums.js';

/**
 * Tip-off reward (举报奖励), S2 (docs/domain/sources.md) (Ma'anshan 2019 publicity month): "对举报查实的欺诈骗保金额
 * 在5万元以上的，给予查实欺诈骗保金额不高于1%的奖励，最高不超过10万元；查实欺诈骗保金额在5万元
 * 以下的，以精神奖励为主". "5万元以上" includes 50,000 yuan itself (Chinese 以上 is inclusive).
 * The result is the maximum reward; 1 % is rounded down to the fen ("不高于").
 */
export const REWARD_THRESHOLD_FEN = 5_000_000n; // 50,000 yuan
export const REWARD_CAP_FEN = 10_000_000n; // 100,000 yuan
export const REWARD_RATE_BASIS_POINTS = 100n; // 1 %

export interface Reward {
  kind: RewardKind;
  rewardFen: bigint;
}

export function tipOffReward(verifiedAmountFen: bigint): Reward {
  if (verifiedAmountFen < 0n) throw new RangeError('verified amount must not be negative');
  if (verifiedAmountFen < REWARD_THRESHOLD_FEN) return { kind: 'COMMENDATION', rewardFen: 0n };
  const onePercent = (verifiedAmountFen * REWARD_RATE_BASIS_POINTS) / 10_000n;
  return { kind: 'MONETARY', rewardFen: onePercent < REWARD_CAP_FEN ? onePercent : REWARD_CAP_FEN };
}

/**
 * The reward an admin approves: S2 grants "不高于1%", a ceiling, so the agency may approve less
 * than the computed maximum (its own scale, the tip's value to the case), but never more, and a
 * monetary reward is at least one fen. A commendation carries no money. Omitted: the maximum.
 * Returns the amount, or null when the choice is not allowed.
 */
export function approvedReward(reward: Reward, chosenFen: bigint | null | undefined): bigint | null {
  if (chosenFen == null) return reward.rewardFen;
  if (reward.kind === 'COMMENDATION') return chosenFen === 0n ? 0n : null;
  return chosenFen >= 1n && chosenFen <= reward.rewardFen ? chosenFen : null;
}
