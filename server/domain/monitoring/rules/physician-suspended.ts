import type { RuleDefinition } from './rule.js';

/**
 * 停止医保结算资格期间结算: the treating physician's insurance billing right is stopped (a
 * PHYSICIAN_BILLING_SUSPENSION penalty, 1–5 years, docs/domain/measures.md) and the fund is
 * billed for their care all the same. The physician's state now is what counts, so it runs
 * before and during settlement, as PROVIDER_SUSPENDED does.
 */
export const physicianSuspended: RuleDefinition = {
  key: 'PHYSICIAN_SUSPENDED',
  nameZh: '医师停止医保结算资格期间结算',
  nameEn: 'Physician billing while their insurance billing right is suspended',
  defaults: { kind: 'VIOLATION', judgementLevel: 'CERTAIN', blocking: true, parameters: {}, violationTypeCode: 'UNQUALIFIED_STAFF' },
  moments: ['BEFORE', 'DURING'],
  sql: () => `
    select c.claim_id, c.fund_fen, jsonb_build_object('physicianId', ph.id, 'suspendedUntil', ph."billingSuspendedUntil")
    from tc c join "Physician" ph on ph.id = c.physician_id
    where ph.status = 'BILLING_SUSPENDED'`,
  explain: (d) => ({
    zh: `诊疗医师的医保结算资格已停止（至 ${String(d.suspendedUntil ?? '—')}）`,
    en: `the treating physician's insurance billing right is suspended (until ${String(d.suspendedUntil ?? '—')})`,
  }),
};
