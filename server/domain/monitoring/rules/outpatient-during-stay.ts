import type { RuleDefinition } from './rule.js';
import { ALL_MOMENTS } from './rule.js';

/**
 * 住院期间门诊结算: an outpatient, chronic-disease or pharmacy claim of an insured person on a day
 * strictly inside one of his inpatient stays (after the admission day, before the discharge day),
 * at any provider. An inpatient is treated and supplied by the ward: the claim either shifts the
 * stay's costs onto outpatient settlement or shows the patient was not in bed. The admission and
 * discharge days are left out (the visit that led to the admission, medicine bought on the way
 * home). A stay is known once it is settled (at discharge): screening compares a month's claims
 * with the stays settled up to three months after it, so a visit inside a stay that spans the
 * month end is found when its month is screened after the discharge.
 */
export const outpatientDuringStay: RuleDefinition = {
  key: 'OUTPATIENT_DURING_STAY',
  nameZh: '住院期间门诊结算',
  nameEn: 'Outpatient settlement during an inpatient stay',
  defaults: { kind: 'SUSPICIOUS', judgementLevel: 'HIGHLY_SUSPECTED', blocking: false, parameters: {}, violationTypeCode: 'INFLATED_BILLING' },
  moments: ALL_MOMENTS,
  sql: () => `
    select c.claim_id, c.fund_fen,
      jsonb_build_object('stay', s.settlement_id, 'admittedOn', s.admitted_on, 'dischargedOn', s.discharged_on, 'day', c.visit_day)
    from tc c
    cross join lateral (
      select h.settlement_id, h.admitted_on, h.discharged_on from hc h
      where h.person_id = c.person_id and h.claim_id <> c.claim_id and h.visit_type = 'INPATIENT'
        and h.admitted_on < c.visit_day and c.visit_day < h.discharged_on
      order by h.admitted_on, h.settlement_id limit 1
    ) s
    where c.visit_type <> 'INPATIENT'`,
  explain: (d) => ({
    zh: `${d.day} 门诊结算时参保人正在住院（结算 ${d.stay}，${d.admittedOn} 入院，${d.dischargedOn} 出院）`,
    en: `settled as an outpatient on ${d.day} while an inpatient (settlement ${d.stay}, admitted ${d.admittedOn}, discharged ${d.dischargedOn})`,
  }),
};
