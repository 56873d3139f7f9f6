import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatDateValue,
  formatDateTime,
  formatThreshold,
  formatYuanWords,
  localDay,
  localDayPlus,
  localMonth,
} from './format.js';

const labels: Record<string, string> = {
  'enums.Comparator.LTE': '≤',
  'enums.IndicatorUnit.PERCENT': '%',
  'enums.IndicatorUnit.DAYS': '天',
};
const t = (key: string) => labels[key] ?? key;

describe('the console formatting layer', () => {
  it('shows money thresholds in yuan with separators, not raw fen', () => {
    expect(formatThreshold('980000', 'FEN', 'LTE', 'zh-CN', t)).toBe('≤ 9,800.00 元');
    expect(formatThreshold('3500000000.0000', 'FEN', 'LTE', 'zh-CN', t)).toBe('≤ 35,000,000.00 元');
    expect(formatThreshold('980000', 'FEN', 'LTE', 'en', t)).toBe('≤ ¥9,800.00');
    expect(formatThreshold('15', 'PERCENT', 'LTE', 'zh-CN', t)).toBe('≤ 15 %');
  });

  it('writes yuan for sentences', () => {
    expect(formatYuanWords('430000', 'zh-CN')).toBe('4,300.00 元');
    expect(formatYuanWords(430000, 'en')).toBe('¥4,300.00');
  });

  it('uses the agency day: 07:09 in Beijing is that day, not the UTC day before', () => {
    const at = new Date('2026-12-05T23:09:00Z');
    expect(localDay(at, 'Asia/Shanghai')).toBe('2026-12-06');
    expect(localDay(at, 'UTC')).toBe('2026-12-05');
    expect(localDayPlus(365, at, 'Asia/Shanghai')).toBe('2027-12-06');
    expect(formatDateTime(at, 'zh-CN', 'Asia/Shanghai')).toBe('2026-12-06 07:09');
    expect(formatDateTime(at, 'en', 'Asia/Shanghai')).toBe('2026-12-06 07:09');
    // Midnight is 00:00, not 24:00 (hour12: false in some engines).
    expect(formatDateTime(new Date('2026-12-06T16:00:00Z'), 'zh-CN', 'Asia/Shanghai')).toBe('2026-12-07 00:00');
  });

  it("counts months on the agency's calendar: 00:30 on 1 January in Beijing is already January", () => {
    const at = new Date('2026-12-31T16:30:00Z');
    expect(localMonth(0, at, 'Asia/Shanghai')).toBe('2027-01');
    expect(localMonth(9, at, 'Asia/Shanghai')).toBe('2026-04');
    expect(localMonth(0, at, 'UTC')).toBe('2026-12');
    // A leap day's month, and a month back across the year.
    expect(localMonth(1, new Date('2028-02-28T16:30:00Z'), 'Asia/Shanghai')).toBe('2028-01');
    expect(localMonth(13, new Date('2028-02-29T15:30:00Z'), 'Asia/Shanghai')).toBe('2027-01');
  });

  it('shows calendar dates as stored, YYYY-MM-DD as the day inputs take them, in both languages', () => {
    expect(formatDate('2026-12-06', 'zh-CN')).toBe('2026-12-06');
    expect(formatDate('2026-12-06', 'en')).toBe('2026-12-06');
    expect(formatDate(null, 'en')).toBe('—');
  });

  it("dates an instant on the agency's calendar even without its time, a calendar date as stored", () => {
    const show = (value: string, showTime = false) => formatDateValue(value, showTime, 'Asia/Shanghai');
    // Submitted at 01:00 on 6 October in Beijing: the list showed 2026/10/05 (UTC's day).
    expect(show('2026-10-05T17:00:00.000Z')).toBe('2026-10-06');
    expect(show('2026-10-05T17:00:00.000Z', true)).toBe('2026-10-06 01:00');
    // A term's end date is the same day in every zone.
    expect(show('2026-10-06')).toBe('2026-10-06');
    expect(formatDateValue(null, false)).toBe('—');
  });
});
