import { describe, expect, it } from 'vitest';
import { dayInputText, normaliseDay, validateDay } from './day.js';

describe('days typed as clerks type them', () => {
  it('reads the forms a Chinese clerk types as one YYYY-MM-DD day', () => {
    for (const typed of ['2026-12-07', '2026/12/7', '2026.12.07', '2026年12月7日', '２０２６－１２－０７', ' 2026 - 12 - 7 '])
      expect(normaliseDay(typed)).toBe('2026-12-07');
  });

  it('refuses what is no calendar day, or in the order of another country', () => {
    for (const typed of ['2026-02-30', '2026-13-01', '12/07/2026', '07/12/2026', '20261207', '2026-12', '', 'abc'])
      expect(normaliseDay(typed)).toBeNull();
    expect(normaliseDay('2028-02-29')).toBe('2028-02-29');
  });

  it('lets a form send only a real YYYY-MM-DD (the loose forms are rewritten when the field is left)', () => {
    expect(validateDay('2026-12-07')).toBeUndefined();
    expect(validateDay('')).toBeUndefined();
    expect(validateDay(null)).toBeUndefined();
    expect(validateDay('2026/12/7')).toBe('hub.errors.day');
    expect(validateDay('12/07/2026')).toBe('hub.errors.day');
    expect(validateDay('2026-02-30')).toBe('hub.errors.day');
  });

  it('shows a stored instant by its day and leaves typed text alone', () => {
    // 16:30 UTC is already the next day in Beijing.
    expect(dayInputText('2027-12-06T16:30:00.000Z', 'Asia/Shanghai')).toBe('2027-12-07');
    expect(dayInputText('2026/12/')).toBe('2026/12/');
    expect(dayInputText(null)).toBe('');
  });
});
