import { describe, expect, it } from 'vitest';
import { thresholdToApi, thresholdToForm, validateThreshold } from './indicator-threshold.js';

describe('indicator thresholds in forms', () => {
  it('shows money thresholds in yuan and sends them in fen; other units as they are', () => {
    expect(thresholdToForm('980000', 'FEN')).toBe('9800.00');
    expect(thresholdToForm('3500000000.0000', 'FEN')).toBe('35000000.00');
    expect(thresholdToForm('40', 'PERCENT')).toBe('40');
    expect(thresholdToApi('9,800.5', 'FEN')).toBe('980050');
    expect(thresholdToApi(' 40 ', 'PERCENT')).toBe('40');
    expect(thresholdToApi('abc', 'FEN')).toBe('abc');
  });

  it("refuses beside the field what its row's unit cannot be", () => {
    const values = {
      indicators: [
        { unit: 'FEN', threshold: '' },
        { unit: 'PERCENT', threshold: '' },
        { unit: 'DAYS', threshold: '' },
      ],
    };
    const at = (i: number) => ({ source: 'threshold', finalSource: `indicators.${i}.threshold` });
    expect(validateThreshold('-5', values, at(0))).toBe('hub.errors.thresholdNegative');
    expect(validateThreshold('12.345', values, at(0))).toBe('hub.errors.thresholdYuan');
    expect(validateThreshold('9,800.00', values, at(0))).toBeUndefined();
    expect(validateThreshold('101', values, at(1))).toBe('hub.errors.thresholdPercent');
    expect(validateThreshold('100', values, at(1))).toBeUndefined();
    expect(validateThreshold('-1', values, at(2))).toBe('hub.errors.thresholdNegative');
    expect(validateThreshold('ten', values, at(2))).toBe('hub.errors.thresholdNumber');
    expect(validateThreshold('', values, at(2))).toBeUndefined();
  });
});
