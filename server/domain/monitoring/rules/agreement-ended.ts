import type { RuleDefinition } from './rule.js';

/**
 * 解除或终止协议后结算: the claim is billed under a service agreement that is no longer in force
 * (TERMINATED, 解除协议; or EXPIRED), or, naming none, by a provider whose every agreement with
 * the insurer has ended. A terminated provider is no longer designated (docs/domain/agreements.md
 * "Lifecycle"), so the fund must not pay it. The agreement's state now is what counts: before and
 * during settlement only.
 *
 * A term is over after its last day (`endsOn`, inclusive) whether or not the term-end job has
 * marked it EXPIRED yet: the job runs on a schedule (or is switched off), and a claim settled on
 * the morning after the last day, before it ran, was paid under an agreement no longer in force.
 * The day is the claim's agency day (HUB_TIME_ZONE; Asia/Shanghai by default): 00:30 in Beijing on 1 April is past a term ending 31 March.
 */
export const agreementEnded: RuleDefinition = {
  key: 'AGREEMENT_ENDED',
  nameZh: '协议解除或到期后结算',
  nameEn: 'Billing after the agreement was terminated or expired',
  defaults: { kind: 'VIOLATION', judgementLevel: 'CERTAIN', blocking: true, parameters: {}, violationTypeCode: 'SETTLEMENT_FOR_NON_DESIGNATED' },
  moments: ['BEFORE', 'DURING'],
  sql: () => `
    select c.claim_id, c.fund_fen, jsonb_build_object('agreementId', a.id, 'status', a.status)
    from tc c cross join lateral (
      select a.id, case when a.status = 'TERMINATED' then 'TERMINATED' else 'EXPIRED' end as status from "Agreement" a
      where a."insurerId" = c.insurer_id and a."providerId" = c.provider_id
        and (a.status in ('TERMINATED', 'EXPIRED') or (a.status in ('ACTIVE', 'SUSPENDED') and a."endsOn" < c.visit_day))
        and (a.id = c.agreement_id or (c.agreement_id is null and not exists (
          select 1 from "Agreement" f where f."insurerId" = c.insurer_id and f."providerId" = c.provider_id
            and f.status in ('ACTIVE', 'SUSPENDED', 'SIGNED') and f."endsOn" >= c.visit_day)))
      order by a."endsOn" desc
      limit 1
    ) a`,
  explain: (d) => ({
    zh: d.status === 'TERMINATED' ? '服务协议已解除，定点机构不得再结算' : '服务协议已到期，未续签前不得结算',
    en: d.status === 'TERMINATED' ? 'the service agreement was terminated; the provider may no longer bill' : 'the service agreement has expired; no billing until it is renewed',
  }),
};
