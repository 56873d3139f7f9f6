import { describe, expect, it } from 'vitest';
import { pivotShares, rangeStart } from './pivot.js';

describe('dashboard shaping', () => {
  it('pivots shares into one row per month, in percent', () => {
    const { rows, categories } = pivotShares([
      { month: '2019-04', category: 'BILLING', share: 1 },
      { month: '2019-03', category: 'BILLING', share: 0.75 },
      { month: '2019-03', category: 'HOSPITALISATION', share: 0.25 },
    ]);
    expect(categories).toEqual(['BILLING', 'HOSPITALISATION']);
    expect(rows).toEqual([
      { month: '2019-03', BILLING: 75, HOSPITALISATION: 25 },
      { month: '2019-04', BILLING: 100, HOSPITALISATION: 0 },
    ]);
  });

  it('starts a window of N months at the first day of the earliest month', () => {
    expect(rangeStart(12, new Date('2026-11-22T10:00:00Z'))).toBe('2025-12-01');
    expect(rangeStart('all')).toBeNull();
  });
});
