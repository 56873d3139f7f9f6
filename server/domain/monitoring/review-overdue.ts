import type { Prisma } from '../../db/generated/prisma/client.js';
import {
  DEFAULT_REVIEW_DEADLINES,
  OPEN_STEPS,
  overdueIfEnteredBefore,
  type ReviewDeadlines,
} from './review-rules.js';

function stepsOverdue(deadlines: ReviewDeadlines, now: Date): Prisma.RuleHitWhereInput[] {
  return OPEN_STEPS.map((step) => ({
    step,
    stepEnteredAt: { lt: overdueIfEnteredBefore(step, deadlines, now) },
  }));
}

/**
 * Hits whose current step is overdue at `now`, as a database filter. The due date follows the
 * insurer's deadlines in force (so a changed setting moves open steps' due dates too): one
 * branch per insurer with its own setting, one for all insurers on the defaults.
 */
export function overdueRuleHitWhere(
  configured: ReadonlyMap<string, ReviewDeadlines>,
  now: Date,
): Prisma.RuleHitWhereInput {
  const branches: Prisma.RuleHitWhereInput[] = [...configured].map(([insurerId, deadlines]) => ({
    rule: { insurerId },
    OR: stepsOverdue(deadlines, now),
  }));
  branches.push({
    rule: { insurerId: { notIn: [...configured.keys()] } },
    OR: stepsOverdue(DEFAULT_REVIEW_DEADLINES, now),
  });
  return { OR: branches };
}

/** Hits still open and not overdue. */
export function onTimeRuleHitWhere(
  configured: ReadonlyMap<string, ReviewDeadlines>,
  now: Date,
): Prisma.RuleHitWhereInput {
  return { step: { not: 'CLOSED' }, NOT: overdueRuleHitWhere(configured, now) };
}
