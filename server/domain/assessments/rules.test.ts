import { describe, expect, it } from 'vitest';
import { assessmentResult, isYearInTerm, isYearOver } from './rules.js';

describe('annual assessment', () => {
  it.each([
    [10_000n, 'EXCELLENT'],
    [9_000n, 'EXCELLENT'],
    [8_999n, 'PASS'],
    [7_000n, 'PASS'],
    [6_999n, 'CONDITIONAL'],
    [6_000n, 'CONDITIONAL'],
    [5_999n, 'FAIL'],
    [0n, 'FAIL'],
  ] as const)('score %s hundredths → %s', (score, result) => {
    expect(assessmentResult(score)).toBe(result);
  });

  it('a year is assessed once it is over on the agency calendar', () => {
    expect(isYearOver(2025, new Date('2026-01-01T00:00:00Z'))).toBe(true);
    expect(isYearOver(2026, new Date('2026-12-31T00:00:00Z'))).toBe(false);
    expect(isYearOver(2027, new Date('2026-12-31T00:00:00Z'))).toBe(false);
  });

  it('a year is judged on an agreement only when its term reaches into that year', () => {
    const term = { startsOn: new Date('2023-07-01T00:00:00Z'), coverEndsOn: new Date('2025-03-31T00:00:00Z') };
    expect(isYearInTerm(2022, term)).toBe(false);
    expect(isYearInTerm(2023, term)).toBe(true);
    expect(isYearInTerm(2025, term)).toBe(true);
    expect(isYearInTerm(2026, term)).toBe(false);
  });
});
