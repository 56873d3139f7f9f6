import type { RuleDefinition } from './rule.js';
import { agencyDaySql } from '../agency-day-sql.js';

/**
 * 暂停结算期间结算: the provider's agreement with the insurer was suspended (whole or only its
 * real-time settlement) on the claim's service day (the agency's calendar). The suspension in force that
 * day is read from the agreement's transitions: the status the latest transition effective on or
 * before the day left it in. A claim served before a suspension began is not in it, even when
 * judged while the agreement is suspended; one served inside a suspension since lifted still is.
 * Because the day, not the moment of judging, decides, it also runs after settlement: a
 * screening months later still finds the claims settled inside a suspension. What was suspended
 * (the agreement, or only real-time settlement) is the scope that transition recorded, so a claim
 * inside a suspension since lifted is explained by the suspension it broke.
 *
 * An agreement with no recorded transitions (rows from before they were kept, or loaded by an
 * import) tells only its current status, not since when. Judging every claim by it made a
 * screening of past months flag all of a now-suspended provider's claims, those settled long
 * before the suspension included. Its status is known to have held only since the row last
 * changed (`updatedAt`: a suspension is a change of the row, so it began then or earlier), so a
 * current suspension counts for claims settled on or after that day (agency time zone, HUB_TIME_ZONE) — every claim
 * settled now, at the moment of settlement, and no claim from before it was known. A suspension
 * lifted before transitions were kept leaves no trace and is not judged.
 */
export const providerSuspended: RuleDefinition = {
  key: 'PROVIDER_SUSPENDED',
  nameZh: '协议或即时结算暂停期间结算',
  nameEn: 'Provider billing while its agreement or settlement is suspended',
  defaults: { kind: 'VIOLATION', judgementLevel: 'CERTAIN', blocking: true, parameters: {}, violationTypeCode: 'SETTLEMENT_FOR_NON_DESIGNATED' },
  moments: ['BEFORE', 'DURING', 'AFTER'],
  sql: () => `
    select c.claim_id, c.fund_fen,
      jsonb_build_object('agreementId', a.id, 'scope', a.scope, 'suspendedOn', a.suspended_on)
    from tc c cross join lateral (
      select a.id,
        coalesce(t.scope, case when a.status = 'SUSPENDED' then a."suspensionScope"::text end) as scope,
        t.effective_on as suspended_on
      from "Agreement" a
      left join lateral (
        select t."toStatus" as to_status, t."effectiveOn" as effective_on, t."suspensionScope"::text as scope
        from "AgreementTransition" t
        where t."agreementId" = a.id and t."effectiveOn" <= c.visit_day
        order by t."effectiveOn" desc, t."occurredAt" desc
        limit 1
      ) t on true
      where a."insurerId" = c.insurer_id and a."providerId" = c.provider_id
        and (c.agreement_id is null or a.id = c.agreement_id)
        and case
          when exists (select 1 from "AgreementTransition" x where x."agreementId" = a.id)
            then t.to_status is not distinct from 'SUSPENDED'
          else a.status = 'SUSPENDED' and c.visit_day >= ${agencyDaySql('a."updatedAt"')}
        end
      limit 1
    ) a`,
  explain: (d) => ({
    zh: d.scope === 'REAL_TIME_SETTLEMENT' ? '定点机构医保实时结算暂停期间结算' : '定点机构服务协议暂停期间结算',
    en: d.scope === 'REAL_TIME_SETTLEMENT' ? "settled while the provider's real-time settlement is suspended" : "settled while the provider's agreement is suspended",
  }),
};
