import type { Ladder } from './document.js';
import { addMonths } from '../shared/dates.js';

/**
 * Which step of a clause's penalty ladder a breach earns (docs/domain/measures.md
 * "Escalation"): count the provider's earlier confirmed breaches of the same clause that lie
 * within `windowMonths` before this one; the first breach gets step 1, each repeat the next
 * step, and breaches beyond the last step keep the last (heaviest) one.
 *
 * The window runs back from the breach being judged, so a provider that stays clean for a
 * whole window starts again at step 1.
 */
export function ladderStep(ladder: Ladder, breachOn: Date, earlierBreaches: Date[]): LadderDecision {
  const windowStart = addMonths(breachOn, -ladder.windowMonths);
  const repeats = earlierBreaches
    .filter((d) => d.getTime() > windowStart.getTime() && d.getTime() <= breachOn.getTime())
    .sort((a, b) => a.getTime() - b.getTime());
  const index = Math.min(repeats.length, ladder.steps.length - 1);
  return { stepNo: index + 1, step: ladder.steps[index]!, history: repeats, windowStart };
}

export interface LadderDecision {
  /** 1-based step number. */
  stepNo: number;
  step: Ladder['steps'][number];
  /** The earlier breaches inside the window that led to this step, oldest first. */
  history: Date[];
  windowStart: Date;
}
