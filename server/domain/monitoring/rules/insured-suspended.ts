import type { RuleDefinition } from './rule.js';
import { ALL_MOMENTS } from './rule.js';

/**
 * 参保人暂停联网结算: an insured person whose settlement is suspended and not yet restored. The
 * term's end date is not the day the right comes back: after it the person must file a written
 * request and pledge (docs/domain/measures.md), so a claim after the term but before the
 * restoration is still refused.
 */
export const insuredSuspended: RuleDefinition = {
  key: 'INSURED_SUSPENDED',
  nameZh: '参保人暂停结算期间结算',
  nameEn: 'Insured person whose settlement is suspended',
  defaults: { kind: 'VIOLATION', judgementLevel: 'CERTAIN', blocking: true, parameters: {}, violationTypeCode: 'INSURANCE_CARD_MISUSE' },
  moments: ALL_MOMENTS,
  sql: () => `
    select c.claim_id, c.fund_fen, jsonb_build_object('suspendedUntil', c.person_suspended_until)
    from tc c where c.person_suspended_until is not null`,
  explain: (d) => ({
    zh: `参保人直接结算已暂停（暂停期至 ${d.suspendedUntil}，尚未申请恢复）`,
    en: `the insured person's direct settlement is suspended (term until ${d.suspendedUntil}, not restored)`,
  }),
};
