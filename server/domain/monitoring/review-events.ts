/**
 * Audit event types of the handling procedure for rule hits (same naming as
 * ../audit-event-types.ts, which lists them with every other type).
 */
export const REVIEW_EVENT = {
  ruleHitReviewed: 'ruleHit.reviewed',
  ruleHitReexamined: 'ruleHit.reexamined',
  ruleHitAnswered: 'ruleHit.answered',
  ruleHitInvestigated: 'ruleHit.investigated',
  ruleHitDismissed: 'ruleHit.dismissed',
  ruleHitConfirmed: 'ruleHit.confirmed',
  reviewDeadlinesUpdated: 'reviewDeadlines.updated',
} as const;

export const REVIEW_ENTITY = {
  reviewDeadlineSetting: 'ReviewDeadlineSetting',
} as const;
