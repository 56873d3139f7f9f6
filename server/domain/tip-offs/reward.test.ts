import { describe, expect, it } from 'vitest';
import { tipOffReward } from './reward.js';

describe('tip-off reward (S2 (docs/domain/sources.md))', () => {
  it('below 50,000 yuan: commendation, no money', () => {
    expect(tipOffReward(4_999_999n)).toEqual({ kind: 'COMMENDATION', rewardFen: 0n });
    expect(tipOffReward(0n)).toEqual({ kind: 'COMMENDATION', rewardFen: 0n });
  });
  it('at exactly 50,000 yuan: 1 % = 500 yuan', () => {
    expect(tipOffReward(5_000_000n)).toEqual({ kind: 'MONETARY', rewardFen: 50_000n });
  });
  it('1 % rounds down to the fen', () => {
    expect(tipOffReward(5_000_099n)).toEqual({ kind: 'MONETARY', rewardFen: 50_000n });
  });
  it('capped at 100,000 yuan from 10 million yuan verified', () => {
    expect(tipOffReward(999_999_900n)).toEqual({ kind: 'MONETARY', rewardFen: 9_999_999n });
    expect(tipOffReward(1_000_000_000n)).toEqual({ kind: 'MONETARY', rewardFen: 10_000_000n });
    expect(tipOffReward(5_000_000_000n)).toEqual({ kind: 'MONETARY', rewardFen: 10_000_000n });
  });
  it('refuses a negative amount', () => {
    expect(() => tipOffReward(-1n)).toThrow(RangeError);
  });
});
