import { describe, expect, it } from 'vitest';
import { indicatorInput, indicatorShape } from './terms.js';
import { InputError } from '../errors.js';
import { parseInput } from '../shared/input.js';

const indicator = (threshold: string, unit: string) => ({
  metric: 'DRUG_SHARE',
  comparator: 'LTE',
  threshold,
  unit,
});

describe('control indicator input', () => {
  it('takes non-negative thresholds: rates up to 100 %, money in whole fen', () => {
    expect(indicatorInput.safeParse(indicator('40', 'PERCENT')).success).toBe(true);
    expect(indicatorInput.safeParse(indicator('100', 'PERCENT')).success).toBe(true);
    expect(indicatorInput.safeParse(indicator('980000', 'FEN')).success).toBe(true);
    expect(indicatorInput.safeParse(indicator('7.5', 'DAYS')).success).toBe(true);
  });

  it('refuses a negative limit, a rate above 100 % and a fraction of a fen, on the threshold', () => {
    for (const [threshold, unit, message] of [
      ['-5', 'DAYS', 'must not be negative'],
      ['-0.01', 'FEN', 'must not be negative'],
      ['101', 'PERCENT', 'a percentage is at most 100'],
      ['9800.5', 'FEN', 'an integer amount of fen'],
    ] as const) {
      const thrown = (() => {
        try {
          parseInput(indicatorInput, indicator(threshold, unit));
        } catch (e) {
          return e;
        }
      })();
      expect(thrown, `${threshold} ${unit}`).toBeInstanceOf(InputError);
      expect((thrown as InputError).issues).toEqual([
        expect.objectContaining({ path: ['input', 'threshold'], message }),
      ]);
    }
  });

  it('reads stored documents leniently', () => {
    expect(indicatorShape.safeParse(indicator('-5', 'DAYS')).success).toBe(true);
  });
});
