import { describe, expect, it } from 'vitest';
import { approvedReward, tipOffReward } from './reward.js';

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

  it('approves up to the computed maximum (不高于1%), at least a fen; a commendation carries no money', () => {
    const max = tipOffReward(12_345_600n); // 1 % of 123,456 yuan = 1,234.56 yuan
    expect(approvedReward(max, undefined)).toBe(123_456n);
    expect(approvedReward(max, 123_456n)).toBe(123_456n);
    expect(approvedReward(max, 60_000n)).toBe(60_000n);
    expect(approvedReward(max, 1n)).toBe(1n);
    expect(approvedReward(max, 123_457n)).toBeNull();
    expect(approvedReward(max, 0n)).toBeNull();
    const commendation = tipOffReward(4_999_999n);
    expect(approvedReward(commendation, null)).toBe(0n);
    expect(approvedReward(commendation, 0n)).toBe(0n);
    expect(approvedReward(commendation, 1n)).toBeNull();
  });
});
