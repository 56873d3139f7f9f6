import { describe, expect, it } from 'vitest';
import { progressPercent } from './CampaignProgress.js';

describe('campaign progress', () => {
  it('counts every item that no longer waits, refused ones included', () => {
    expect(progressPercent({ pending: 3, resigned: 5, excepted: 1, refused: 1 }, 10)).toBe(70);
    expect(progressPercent({ pending: 0, resigned: 0, excepted: 0, refused: 2 }, 2)).toBe(100);
    expect(progressPercent({ pending: 0, resigned: 0, excepted: 0, refused: 0 }, 0)).toBe(100);
  });
});
