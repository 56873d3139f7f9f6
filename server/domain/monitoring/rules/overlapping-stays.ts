import type { RuleDefinition } from './rule.js';
import { ALL_MOMENTS } from './rule.js';

/**
 * 住院时间重叠: an inpatient claim whose stay overlaps another stay of the same insured person, at
 * the same or another provider — one person cannot lie in two beds: one of the stays is settled
 * twice, false, or someone else's under this person's card (冒名住院). Stays that only touch (a
 * transfer discharged and admitted on the same day) do not overlap. Every claim of the pair is
 * flagged; the amount is the claim's fund payment.
 */
export const overlappingStays: RuleDefinition = {
  key: 'OVERLAPPING_STAYS',
  nameZh: '住院时间重叠',
  nameEn: 'Overlapping inpatient stays',
  defaults: { kind: 'SUSPICIOUS', judgementLevel: 'HIGHLY_SUSPECTED', blocking: false, parameters: {}, violationTypeCode: 'IMPERSONATION' },
  moments: ALL_MOMENTS,
  sql: () => `
    select c.claim_id, c.fund_fen,
      jsonb_build_object('other', o.settlement_id, 'admittedOn', o.admitted_on, 'dischargedOn', o.discharged_on, 'overlapDays', o.overlap)
    from tc c
    cross join lateral (
      select h.settlement_id, h.admitted_on, h.discharged_on,
        least(h.discharged_on, c.discharged_on) - greatest(h.admitted_on, c.admitted_on) as overlap
      from hc h
      where h.person_id = c.person_id and h.claim_id <> c.claim_id and h.visit_type = 'INPATIENT'
        and h.admitted_on < c.discharged_on and c.admitted_on < h.discharged_on
      order by h.admitted_on, h.settlement_id limit 1
    ) o
    where c.visit_type = 'INPATIENT' and c.admitted_on is not null and c.discharged_on is not null`,
  explain: (d) => ({
    zh: `住院时间与另一次住院（结算 ${d.other}，${d.admittedOn} 至 ${d.dischargedOn}）重叠 ${d.overlapDays} 天`,
    en: `the stay overlaps another stay (settlement ${d.other}, ${d.admittedOn} to ${d.dischargedOn}) by ${d.overlapDays} days`,
  }),
};
