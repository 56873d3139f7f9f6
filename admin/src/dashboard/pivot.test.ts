import { describe, expect, it } from 'vitest';
import { fillMonths, monthSpan, pivotShares, rangeStart } from './pivot.js';
import { wrapLabel } from './labels.js';

describe('dashboard shaping', () => {
  it('pivots insurer shares into one row per calendar month, in percent, gaps left empty', () => {
    const { rows, insurers } = pivotShares([
      { month: '2026-03', insurerId: 'A', share: 0.413739 },
      { month: '2026-01', insurerId: 'A', share: 0.168067 },
      { month: '2026-01', insurerId: 'B', share: 0.714285 },
    ]);
    expect(insurers).toEqual(['A', 'B']);
    expect(rows).toEqual([
      { month: '2026-01', A: 16.81, B: 71.43 },
      { month: '2026-02', A: null, B: null },
      { month: '2026-03', A: 41.37, B: null },
    ]);
    expect(pivotShares([])).toEqual({ rows: [], insurers: [] });
  });

  it('spans months across a year end, and fills a bar chart’s missing months with zeros', () => {
    expect(monthSpan('2019-11', '2020-02')).toEqual(['2019-11', '2019-12', '2020-01', '2020-02']);
    expect(
      fillMonths(
        [
          { month: '2020-01', n: 2 },
          { month: '2019-11', n: 1 },
        ],
        { n: 0 },
      ),
    ).toEqual([
      { month: '2019-11', n: 1 },
      { month: '2019-12', n: 0 },
      { month: '2020-01', n: 2 },
    ]);
  });

  it('starts a window of N months at the first day of the earliest month', () => {
    expect(rangeStart(12, new Date('2026-11-22T10:00:00Z'))).toBe('2025-12-01');
    // 30 Nov 16:30 UTC is already 1 December in Beijing: the window ends in December.
    expect(rangeStart(12, new Date('2026-11-30T16:30:00Z'))).toBe('2026-01-01');
    expect(rangeStart('all')).toBeNull();
  });

  it('wraps long labels into two lines and marks what is left out', () => {
    expect(wrapLabel('分解住院', 20)).toEqual(['分解住院']);
    expect(wrapLabel('串换药品、医用耗材、诊疗项目和服务设施', 16)).toEqual([
      '串换药品、医用耗',
      '材、诊疗项目和…',
    ]);
    expect(wrapLabel('Billing for services not provided', 16)).toEqual(['Billing for', 'services not…']);
    expect(wrapLabel('Split admission', 16)).toEqual(['Split admission']);
  });
});
