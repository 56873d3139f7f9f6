import { describe, expect, it } from 'vitest';
import {
  APPEAL_PERIOD_DAYS,
  appealDeadline,
  canPenaltyStep,
  isAppealInTime,
  decisionStatus,
  isValidReduction,
  waitsForAppealPeriod,
} from './rules.js';

describe('penalty workflow', () => {
  it.each([
    ['ISSUE', 'PROPOSED', true],
    ['ISSUE', 'ISSUED', false],
    ['APPEAL', 'ISSUED', true],
    ['APPEAL', 'PROPOSED', false],
    ['APPEAL', 'APPEALED', false],
    ['APPEAL', 'EXECUTED', true],
    ['APPEAL', 'CLOSED', false],
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

  it(`appeal period is ${APPEAL_PERIOD_DAYS} agency days from the day after issue, to 24:00 of the last day`, () => {
    // Issued 10:00 on 1 March in Beijing (02:00Z): the period runs 2–16 March and ends at
    // 24:00 Beijing on 16 March (16:00Z).
    const issued = new Date('2026-03-01T02:00:00.000Z');
    const deadline = appealDeadline(issued);
    expect(deadline.toISOString()).toBe('2026-03-16T15:59:59.999Z');
    // 15:00 on the last day, later in the day than the issue: still in time.
    expect(isAppealInTime(deadline, new Date('2026-03-16T07:00:00.000Z'))).toBe(true);
    expect(isAppealInTime(deadline, new Date('2026-03-16T15:59:59.999Z'))).toBe(true);
    // 00:00 on 17 March in Beijing: too late.
    expect(isAppealInTime(deadline, new Date('2026-03-16T16:00:00.000Z'))).toBe(false);
    expect(isAppealInTime(null, issued)).toBe(false);
  });

  it('counts from the agency day of issue, not the UTC day (issued 00:30 Beijing on 1 March)', () => {
    // 2026-02-28T16:30Z is 00:30 on 1 March in Beijing: the same period as any time that day.
    expect(appealDeadline(new Date('2026-02-28T16:30:00.000Z')).toISOString()).toBe(
      '2026-03-16T15:59:59.999Z',
    );
    // 23:59 on 1 March in Beijing likewise.
    expect(appealDeadline(new Date('2026-03-01T15:59:00.000Z')).toISOString()).toBe(
      '2026-03-16T15:59:59.999Z',
    );
  });

  it('a reduction lowers the amount', () => {
    expect(isValidReduction(100n, 99n)).toBe(true);
    expect(isValidReduction(100n, 0n)).toBe(true);
    expect(isValidReduction(100n, 100n)).toBe(false);
    expect(isValidReduction(100n, -1n)).toBe(false);
    expect(isValidReduction(null, 1n)).toBe(false);
  });
});

describe('an executed penalty keeps its appeal period', () => {
  it('a decision on an executed penalty keeps it executed unless overturned', () => {
    expect(decisionStatus('UPHOLD', true)).toBe('EXECUTED');
    expect(decisionStatus('REDUCE', true)).toBe('EXECUTED');
    expect(decisionStatus('OVERTURN', true)).toBe('OVERTURNED');
    expect(decisionStatus('REDUCE', false)).toBe('REDUCED');
  });

  it('only an issued termination waits, and only until its deadline (inclusive)', () => {
    const deadline = new Date('2026-03-16T15:59:59.999Z');
    const t = { measure: 'AGREEMENT_TERMINATION', status: 'ISSUED', appealDeadline: deadline } as const;
    expect(waitsForAppealPeriod(t, deadline)).toBe(true);
    expect(waitsForAppealPeriod(t, new Date('2026-03-16T16:00:00.000Z'))).toBe(false);
    expect(waitsForAppealPeriod({ ...t, status: 'UPHELD' }, deadline)).toBe(false);
    expect(waitsForAppealPeriod({ ...t, measure: 'AGREEMENT_SUSPENSION' }, deadline)).toBe(false);
  });
});
