import { listify } from '../../providers/data/relay.js';

/**
 * The review queue's filter form → `RuleHitFilter`: selects give one value where the API takes
 * a list, and the "overdue only" switch means overdue: true when on and no condition when off
 * (the API's overdue: false would mean "still in time").
 */
export function ruleHitFilter(filter: Record<string, unknown>): Record<string, unknown> {
  const out = listify(filter, ['status', 'step', 'stage']);
  if (out.overdue !== true) delete out.overdue;
  return out;
}
