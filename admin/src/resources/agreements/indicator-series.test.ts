import { describe, expect, it } from 'vitest';
import { seriesByMetric } from './indicator-series.js';

const m = (metric: string, month: string, value: string | null, breached = false) => ({
  metric,
  month,
  value,
  threshold: '35',
  comparator: 'LTE',
  breached,
  partial: false,
});

describe('indicator chart series', () => {
  it('groups by metric, orders by month and keeps empty months as gaps', () => {
    const series = seriesByMetric([
      m('DRUG_SHARE', '2024-02-01', '40', true),
      m('DRUG_SHARE', '2024-01-01', null),
      m('AVERAGE_LENGTH_OF_STAY', '2024-01-01', '9'),
    ]);
    expect(series.map((s) => s.metric)).toEqual(['DRUG_SHARE', 'AVERAGE_LENGTH_OF_STAY']);
    expect(series[0]).toMatchObject({
      threshold: 35,
      comparator: 'LTE',
      points: [
        { month: '2024-01', value: null, breached: false },
        { month: '2024-02', value: 40, breached: true },
      ],
    });
  });
});
