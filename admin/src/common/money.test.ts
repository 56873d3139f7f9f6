import { describe, expect, it } from 'vitest';
import { fenToYuanInput, formatChartYuan, formatFen, optionalYuanToFen, parseYuanToFen, validateYuan } from './money.js';

describe('money', () => {
  it('formats fen as yuan exactly', () => {
    expect(formatFen(7_286_000)).toBe('¥72,860.00');
    expect(formatFen(5)).toBe('¥0.05');
    expect(formatFen(-150)).toBe('-¥1.50');
    expect(formatFen(null)).toBe('—');
    expect(formatFen(900_719_925_474_099, 'en')).toBe('¥9,007,199,254,740.99');
  });

  it('reads typed yuan into integer fen without float error', () => {
    expect(parseYuanToFen('36430')).toBe(3_643_000);
    expect(parseYuanToFen('¥36,430.5')).toBe(3_643_050);
    expect(parseYuanToFen('0.29')).toBe(29);
    expect(parseYuanToFen('1.005')).toBeNull();
    expect(parseYuanToFen('abc')).toBeNull();
    expect(parseYuanToFen('')).toBeNull();
  });

  it('round-trips through the input format', () => {
    expect(fenToYuanInput(3_643_050)).toBe('36430.50');
    expect(parseYuanToFen(fenToYuanInput(12_345_678))).toBe(12_345_678);
  });

  it('validates and reads an optional yuan input', () => {
    expect(validateYuan('')).toBeUndefined();
    expect(validateYuan('72,860.5')).toBeUndefined();
    expect(validateYuan('12.345')).toBe('ra.validation.number');
    expect(validateYuan('-5')).toBe('hub.errors.negativeAmount');
    expect(validateYuan('0')).toBeUndefined();
    expect(optionalYuanToFen('')).toBeNull();
    expect(optionalYuanToFen('72860.50')).toBe(7_286_050);
  });

  it("shows a chart's yuan to the fen with thousands separators", () => {
    expect(formatChartYuan(23_860)).toBe('¥23,860.00');
    expect(formatChartYuan(1234.5, 'en')).toBe('¥1,234.50');
    expect(formatChartYuan(0.07)).toBe('¥0.07');
  });
});
