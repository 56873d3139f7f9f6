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
