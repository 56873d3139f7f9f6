import { describe, expect, it } from 'vitest';
import type { RuleHitAction, RuleHitStep } from '../../db/generated/prisma/enums.js';
import {
  DEFAULT_REVIEW_DEADLINES,
  TRANSITIONS,
  allowedActions,
  canTake,
  isOverdue,
  stepDueAt,
} from './review-rules.js';

const entered = new Date('2026-03-01T08:00:00.000Z');
const at = (iso: string) => new Date(iso);
const d = DEFAULT_REVIEW_DEADLINES;
const hit = (step: RuleHitStep, enteredAt = entered) => ({ step, stepDueAt: stepDueAt(step, enteredAt, d) });

describe('handling procedure: legal moves', () => {
  const cases: [RuleHitAction, RuleHitStep, RuleHitStep | null][] = [
    ['REVIEW', 'INITIAL_REVIEW', 'REEXAMINATION'],
    ['REEXAMINE', 'REEXAMINATION', 'STATEMENT'],
    ['ANSWER', 'STATEMENT', 'INVESTIGATION'],
    ['INVESTIGATE', 'INVESTIGATION', 'HANDLING'],
    ['CONFIRM', 'HANDLING', 'CLOSED'],
    ['DISMISS', 'INITIAL_REVIEW', 'CLOSED'],
    ['DISMISS', 'STATEMENT', 'CLOSED'],
    ['DISMISS', 'HANDLING', 'CLOSED'],
  ];
  it.each(cases)('%s from %s goes to %s', (action, from, to) => {
    expect(canTake(action, hit(from), entered)).toBe(true);
    expect(TRANSITIONS[action].to).toBe(to);
  });

  const refused: [RuleHitAction, RuleHitStep][] = [
    ['REVIEW', 'REEXAMINATION'],
    ['REEXAMINE', 'INITIAL_REVIEW'],
    ['ANSWER', 'INITIAL_REVIEW'],
    ['ANSWER', 'INVESTIGATION'],
    ['CONFIRM', 'INVESTIGATION'],
    ['CONFIRM', 'INITIAL_REVIEW'],
    ['CONFIRM', 'CLOSED'],
    ['DISMISS', 'CLOSED'],
    ['REVIEW', 'CLOSED'],
  ];
  it.each(refused)('%s from %s is refused', (action, from) => {
    expect(canTake(action, hit(from), at('2027-01-01T00:00:00Z'))).toBe(false);
  });

  it('investigation skips the statement only once the statement period has run out', () => {
    // Entered 16:00 on 1 March in Beijing: 10 days from 2 March, to 24:00 Beijing on 11 March.
    const due = stepDueAt('STATEMENT', entered, d)!;
    expect(due.toISOString()).toBe('2026-03-11T15:59:59.999Z');
    // 23:00 on the last day, later than the hour the step began: the provider may still speak.
    expect(canTake('INVESTIGATE', hit('STATEMENT'), at('2026-03-11T15:00:00Z'))).toBe(false);
    expect(canTake('INVESTIGATE', hit('STATEMENT'), due)).toBe(false);
    expect(canTake('INVESTIGATE', hit('STATEMENT'), new Date(due.getTime() + 1))).toBe(true);
  });
});

describe('deadlines and overdue (fixed clocks)', () => {
  it('computes each step’s due date from the insurer’s days; none once closed', () => {
    const own = { ...d, initialReviewDays: 3, investigationDays: 45 };
    expect(stepDueAt('INITIAL_REVIEW', entered, own)!.toISOString()).toBe('2026-03-04T08:00:00.000Z');
    expect(stepDueAt('INVESTIGATION', entered, own)!.toISOString()).toBe('2026-04-15T08:00:00.000Z');
    expect(stepDueAt('HANDLING', entered, own)!.toISOString()).toBe('2026-03-16T08:00:00.000Z');
    expect(stepDueAt('CLOSED', entered, own)).toBeNull();
  });

  it('is overdue strictly after the due instant, never when closed or undated', () => {
    const due = at('2026-03-11T08:00:00.000Z');
    expect(isOverdue('REEXAMINATION', due, due)).toBe(false);
    expect(isOverdue('REEXAMINATION', due, new Date(due.getTime() + 1))).toBe(true);
    expect(isOverdue('CLOSED', due, at('2030-01-01T00:00:00Z'))).toBe(false);
    expect(isOverdue('HANDLING', null, at('2030-01-01T00:00:00Z'))).toBe(false);
  });

  it('a step entered just before a month end is due across it', () => {
    const eve = at('2026-01-31T23:59:59.000Z');
    expect(stepDueAt('HANDLING', eve, { ...d, handlingDays: 1 })!.toISOString()).toBe('2026-02-01T23:59:59.000Z');
    // 07:59 on 1 February in Beijing: a 1-day statement period is 2 February, to 24:00 Beijing.
    expect(stepDueAt('STATEMENT', eve, { ...d, statementDays: 1 })!.toISOString()).toBe(
      '2026-02-02T15:59:59.999Z',
    );
    // 23:30 on 31 January in Beijing: the period is 1 February, to 24:00 Beijing.
    expect(stepDueAt('STATEMENT', at('2026-01-31T15:30:00Z'), { ...d, statementDays: 1 })!.toISOString()).toBe(
      '2026-02-01T15:59:59.999Z',
    );
  });
});

describe('who may take which step', () => {
  const now = entered;
  it('partners review and re-examine but never decide', () => {
    expect(allowedActions('PARTNER', hit('INITIAL_REVIEW'), now)).toEqual(['REVIEW']);
    expect(allowedActions('PARTNER', hit('REEXAMINATION'), now)).toEqual(['REEXAMINE']);
    expect(allowedActions('PARTNER', hit('HANDLING'), now)).toEqual([]);
    expect(allowedActions('PARTNER', hit('INITIAL_REVIEW'), now, { partnerMayReview: false })).toEqual([]);
  });
  it('providers only answer; agency staff do every step; viewers and integrators nothing', () => {
    expect(allowedActions('PROVIDER_STAFF', hit('STATEMENT'), now)).toEqual(['ANSWER']);
    expect(allowedActions('PROVIDER_STAFF', hit('INITIAL_REVIEW'), now)).toEqual([]);
    expect(allowedActions('INSURER_AUDITOR', hit('HANDLING'), now)).toEqual(['DISMISS', 'CONFIRM']);
    expect(allowedActions('INSURER_ADMIN', hit('STATEMENT'), now)).toEqual(['ANSWER', 'DISMISS']);
    expect(allowedActions('INSURER_VIEWER', hit('HANDLING'), now)).toEqual([]);
    expect(allowedActions('INTEGRATOR', hit('INITIAL_REVIEW'), now)).toEqual([]);
  });
});
