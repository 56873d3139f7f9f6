import type { RuleDefinition } from './rule.js';
import { ALL_MOMENTS } from './rule.js';

/**
 * 参保人暂停联网结算: a claim whose visit day (agency time zone, HUB_TIME_ZONE) falls inside the insured person's
 * settlement suspension — on or after its first day, and before the day settlement was restored.
 * The term's end date is not the day the right comes back: after it the person must file a
 * written request and pledge (docs/domain/measures.md), so a claim after the term but before the
 * restoration is still inside. A visit before the suspension began is not, even when it is judged
 * (screened) while the person is suspended; a visit inside a suspension since lifted still is.
 * A suspension recorded without its start (before the start was kept) counts from any day.
 * Every suspension is kept (InsuredSettlementSuspension), so the one in force on the visit day
 * decides, not only the person's latest; one reversed on appeal never counts.
 * Its scope narrows it: CHRONIC_PHARMACY (S2: 暂停其门诊规定病种定点药店结算, the person still
 * treated and given drugs at the chosen hospital) refuses only a chronic-disease settlement at a
 * pharmacy, marked as SETTLEMENT_WITHOUT_PRESCRIPTION marks it; ALL_DIRECT_SETTLEMENT every claim.
 */
export const insuredSuspended: RuleDefinition = {
  key: 'INSURED_SUSPENDED',
  nameZh: '参保人暂停结算期间结算',
  nameEn: 'Insured person whose settlement is suspended',
  defaults: { kind: 'VIOLATION', judgementLevel: 'CERTAIN', blocking: true, parameters: {}, violationTypeCode: 'INSURANCE_CARD_MISUSE' },
  moments: ALL_MOMENTS,
  sql: () => `
    select c.claim_id, c.fund_fen, jsonb_build_object('scope', s.scope, 'suspendedFrom', s."suspendedFrom",
      'suspendedUntil', case when s."restoredOn" is null then s."suspendedUntil" end, 'restoredOn', s."restoredOn")
    from tc c
    cross join lateral (
      select s.* from "InsuredSettlementSuspension" s
      where s."insuredPersonId" = c.person_id and s."reversedOn" is null
        and (s."suspendedFrom" is null or c.visit_day >= s."suspendedFrom")
        and (s."restoredOn" is null or c.visit_day < s."restoredOn")
        and (s.scope = 'ALL_DIRECT_SETTLEMENT' or (c.visit_type = 'PHARMACY' and c.settlement_category = 'CHRONIC_DISEASE'))
      order by s."suspendedFrom" desc nulls last limit 1) s`,
  explain: (d) => {
    const from = d.suspendedFrom ? `自 ${d.suspendedFrom} 起，` : '';
    const fromEn = d.suspendedFrom ? `from ${d.suspendedFrom}, ` : '';
    const pharmacy = d.scope === 'CHRONIC_PHARMACY';
    const what = pharmacy ? '门诊规定病种定点药店结算' : '直接结算';
    const whatEn = pharmacy ? 'chronic-disease settlement at designated pharmacies' : 'direct settlement';
    if (d.suspendedUntil == null)
      return {
        zh: `就诊日在参保人${what}暂停期内（${from}${d.restoredOn} 恢复）`,
        en: `the visit falls inside the insured person's suspension of ${whatEn} (${fromEn}restored on ${d.restoredOn})`,
      };
    return {
      zh: `参保人${what}已暂停（${from}暂停期至 ${d.suspendedUntil}，尚未申请恢复）`,
      en: `the insured person's ${whatEn} is suspended (${fromEn}term until ${d.suspendedUntil}, not restored)`,
    };
  },
};
