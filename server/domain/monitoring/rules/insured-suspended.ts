import type { RuleDefinition } from './rule.js';
import { ALL_MOMENTS } from './rule.js';

/** 参保人暂停联网结算: an insured person whose settlement is suspended on the visit day. */
export const insuredSuspended: RuleDefinition = {
  key: 'INSURED_SUSPENDED',
  nameZh: '参保人暂停结算期间结算',
  nameEn: 'Insured person whose settlement is suspended',
  defaults: { kind: 'VIOLATION', judgementLevel: 'CERTAIN', blocking: true, parameters: {}, violationTypeCode: 'INSURANCE_CARD_MISUSE' },
  moments: ALL_MOMENTS,
  sql: () => `
    select c.claim_id, c.fund_fen, jsonb_build_object('suspendedUntil', c.person_suspended_until)
    from tc c where c.person_suspended_until is not null and c.person_suspended_until >= c.visit_day`,
  explain: (d) => ({
    zh: `参保人直接结算已暂停至 ${d.suspendedUntil}`,
    en: `the insured person's direct settlement is suspended until ${d.suspendedUntil}`,
  }),
};
