import { describe, expect, it } from 'vitest';
import { change, figuresOf } from './replay-totals.js';

describe('what-if figures', () => {
  it('sums ladder steps and defaults a missing side to zero', () => {
    expect(
      figuresOf({ hits: 4, hitAmountFen: '12000', breaches: 2, ladder: [{ count: 2 }, { count: 1 }] }),
    ).toEqual({ hits: 4, hitAmountFen: '12000', breaches: 2, ladderSteps: 3 });
    expect(figuresOf(null)).toEqual({ hits: 0, hitAmountFen: '0', breaches: 0, ladderSteps: 0 });
  });
  it('signs the change from in force to draft exactly', () => {
    expect(change(3, 5)).toBe('+2');
    expect(change('9007199254740993', '9007199254740992')).toBe('-1');
    expect(change(1, 1)).toBe('0');
  });
});
