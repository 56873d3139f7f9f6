import { BILLING_CASES } from './known-violations-billing-cases.js';
import { VISIT_CASES } from './known-violations-visit-cases.js';
import { SEED_CASES } from './known-violations-seed-cases.js';

export type { KnownViolation } from './known-violations-support.js';

/** Every known-violation case (docs/domain/violations.md, docs/domain/monitoring.md), in rule-catalogue order. */
export const KNOWN_VIOLATIONS = [...BILLING_CASES, ...VISIT_CASES, ...SEED_CASES];
