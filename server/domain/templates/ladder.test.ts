import { describe, expect, it } from 'vitest';
import { ladderStep } from './ladder.js';
import type { Ladder } from './document.js';

const ladder: Ladder = {
  windowMonths: 12,
  steps: [{ measure: 'FORMAL_TALK' }, { measure: 'LIQUIDATED_DAMAGES', multiple: '2' }, { measure: 'AGREEMENT_SUSPENSION' }],
};
const d = (s: string) => new Date(`${s}T00:00:00Z`);

describe('ladderStep', () => {
  it('gives a first breach the first step', () => {
    const r = ladderStep(ladder, d('2026-06-01'), []);
    expect(r.stepNo).toBe(1);
    expect(r.step.measure).toBe('FORMAL_TALK');
    expect(r.history).toEqual([]);
  });

  it('escalates one step per earlier breach inside the window', () => {
    expect(ladderStep(ladder, d('2026-06-01'), [d('2026-01-10')]).step).toEqual({ measure: 'LIQUIDATED_DAMAGES', multiple: '2' });
    expect(ladderStep(ladder, d('2026-06-01'), [d('2026-01-10'), d('2026-03-02')]).stepNo).toBe(3);
  });

  it('stays on the last step beyond the end of the ladder', () => {
    const r = ladderStep(ladder, d('2026-06-01'), [d('2025-07-01'), d('2025-09-01'), d('2026-01-10'), d('2026-03-02')]);
    expect(r.stepNo).toBe(3);
    expect(r.step.measure).toBe('AGREEMENT_SUSPENSION');
  });

  it('ignores breaches outside the window (a clean year starts again at step 1)', () => {
    const r = ladderStep(ladder, d('2026-06-01'), [d('2025-05-31'), d('2025-06-01')]);
    expect(r.stepNo).toBe(1);
    expect(r.windowStart).toEqual(d('2025-06-01'));
  });

  it('counts a breach one day inside the window', () => {
    expect(ladderStep(ladder, d('2026-06-01'), [d('2025-06-02')]).stepNo).toBe(2);
  });

  it('ignores later breaches (judging an old breach again gives the same step)', () => {
    expect(ladderStep(ladder, d('2026-01-01'), [d('2026-02-01'), d('2026-03-01')]).stepNo).toBe(1);
  });

  it('returns the history oldest first', () => {
    const r = ladderStep(ladder, d('2026-06-01'), [d('2026-03-02'), d('2026-01-10')]);
    expect(r.history).toEqual([d('2026-01-10'), d('2026-03-02')]);
  });
});
