import { describe, expect, it } from 'vitest';
import { isLive, startRunInput } from './start-input.js';

describe('startRunInput', () => {
  it('keeps months and the chosen rules', () => {
    expect(startRunInput({ fromMonth: '2026-03', toMonth: '2026-04', ruleIds: ['R1', 'R2'] })).toEqual({
      fromMonth: '2026-03',
      toMonth: '2026-04',
      ruleIds: ['R1', 'R2'],
    });
  });

  it('screens one month when no end is given and leaves the rule set to the server when empty', () => {
    expect(startRunInput({ fromMonth: '2026-03', ruleIds: [], insurerId: 'I1' })).toEqual({
      fromMonth: '2026-03',
      toMonth: '2026-03',
      insurerId: 'I1',
    });
  });

  it('polls only queued and running runs', () => {
    expect(['QUEUED', 'RUNNING', 'COMPLETED', 'CANCELLED', 'FAILED'].map(isLive)).toEqual([
      true,
      true,
      false,
      false,
      false,
    ]);
  });
});
