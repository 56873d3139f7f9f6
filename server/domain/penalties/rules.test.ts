import { describe, expect, it } from 'vitest';
import {
  APPEAL_PERIOD_DAYS,
  appealDeadline,
  canPenaltyStep,
  isAppealInTime,
  isValidReduction,
} from './rules.js';

describe('penalty workflow', () => {
  it.each([
    ['ISSUE', 'PROPOSED', true],
    ['ISSUE', 'ISSUED', false],
    ['APPEAL', 'ISSUED', true],
    ['APPEAL', 'PROPOSED', false],
    ['APPEAL', 'APPEALED', false],
    ['DECIDE', 'APPEALED', true],
    ['DECIDE', 'ISSUED', false],
    ['EXECUTE', 'ISSUED', true],
    ['EXECUTE', 'REDUCED', true],
    ['EXECUTE', 'APPEALED', false],
    ['EXECUTE', 'OVERTURNED', false],
    ['CLOSE', 'EXECUTED', true],
    ['CLOSE', 'OVERTURNED', true],
    ['CLOSE', 'ISSUED', false],
  ] as const)('%s from %s → %s', (step, from, allowed) => {
    expect(canPenaltyStep(step, from)).toBe(allowed);
  });

  it(`appeal deadline is ${APPEAL_PERIOD_DAYS} days after issue, inclusive`, () => {
    const issued = new Date('2026-03-01T08:00:00.000Z');
    const deadline = appealDeadline(issued);
    expect(deadline.toISOString()).toBe('2026-03-16T08:00:00.000Z');
    expect(isAppealInTime(deadline, new Date('2026-03-16T08:00:00.000Z'))).toBe(true);
    expect(isAppealInTime(deadline, new Date('2026-03-16T08:00:00.001Z'))).toBe(false);
    expect(isAppealInTime(null, issued)).toBe(false);
  });

  it('a reduction lowers the amount', () => {
    expect(isValidReduction(100n, 99n)).toBe(true);
    expect(isValidReduction(100n, 0n)).toBe(true);
    expect(isValidReduction(100n, 100n)).toBe(false);
    expect(isValidReduction(100n, -1n)).toBe(false);
    expect(isValidReduction(null, 1n)).toBe(false);
  });
});
