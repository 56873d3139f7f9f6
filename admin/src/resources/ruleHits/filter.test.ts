import { describe, expect, it } from 'vitest';
import { ruleHitFilter } from './filter.js';

describe('review queue filter', () => {
  it('lists single selects and keeps overdue only when switched on', () => {
    expect(ruleHitFilter({ step: 'HANDLING', status: 'OPEN', overdue: true })).toEqual({
      step: ['HANDLING'],
      status: ['OPEN'],
      overdue: true,
    });
    expect(ruleHitFilter({ step: ['STATEMENT'], overdue: false, search: 'CLM' })).toEqual({
      step: ['STATEMENT'],
      search: 'CLM',
    });
  });
});
