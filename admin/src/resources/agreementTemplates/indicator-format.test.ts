import { describe, expect, it } from 'vitest';
import { formatIndicatorValue } from './indicator-format.js';

describe('indicator values as people read them', () => {
  it('shows fen thresholds as yuan with separators', () => {
    expect(formatIndicatorValue('1234567', 'FEN', 'zh-CN', '元')).toBe('¥12,345.67');
    expect(formatIndicatorValue('1234567.4', 'FEN', 'en', 'yuan')).toBe('¥12,345.67');
  });
  it('shows rates with % and other units with their word', () => {
    expect(formatIndicatorValue('35', 'PERCENT', 'zh-CN', '%')).toBe('35%');
    expect(formatIndicatorValue('9.125', 'DAYS', 'zh-CN', '天')).toBe('9.13 天');
    expect(formatIndicatorValue(null, 'DAYS', 'zh-CN', '天')).toBe('—');
  });
});
