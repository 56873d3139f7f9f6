import type { RuleDefinition } from './rule.js';

/**
 * 暂停结算期间结算: the provider's agreement with the insurer is suspended (whole or only its
 * real-time settlement). The agreement's state now is what counts, so it runs before and
 * during settlement; after the fact the suspension may have ended.
 */
export const providerSuspended: RuleDefinition = {
  key: 'PROVIDER_SUSPENDED',
  nameZh: '协议或即时结算暂停期间结算',
  nameEn: 'Provider billing while its agreement or settlement is suspended',
  defaults: { kind: 'VIOLATION', judgementLevel: 'CERTAIN', blocking: true, parameters: {}, violationTypeCode: 'SETTLEMENT_FOR_NON_DESIGNATED' },
  moments: ['BEFORE', 'DURING'],
  sql: () => `
    select c.claim_id, c.fund_fen, jsonb_build_object('agreementId', a.id, 'scope', a."suspensionScope")
    from tc c cross join lateral (
      select a.id, a."suspensionScope" from "Agreement" a
      where a."insurerId" = c.insurer_id and a."providerId" = c.provider_id and a.status = 'SUSPENDED'
        and (c.agreement_id is null or a.id = c.agreement_id)
      limit 1
    ) a`,
  explain: (d) => ({
    zh: d.scope === 'REAL_TIME_SETTLEMENT' ? '定点机构医保实时结算暂停期间结算' : '定点机构服务协议暂停期间结算',
    en: d.scope === 'REAL_TIME_SETTLEMENT' ? "settled while the provider's real-time settlement is suspended" : "settled while the provider's agreement is suspended",
  }),
};
