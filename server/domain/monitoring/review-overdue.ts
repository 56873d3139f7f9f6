import type { Prisma } from '../../db/generated/prisma/client.js';

/**
 * Hits whose current step is overdue at `now` (due strictly before it), and open hits still
 * in time, as database filters over the stored due date.
 */
export function overdueRuleHitWhere(now: Date): Prisma.RuleHitWhereInput {
  return { step: { not: 'CLOSED' }, stepDueAt: { lt: now } };
}

export function onTimeRuleHitWhere(now: Date): Prisma.RuleHitWhereInput {
  return { step: { not: 'CLOSED' }, stepDueAt: { gte: now } };
}
