import type { RuleDefinition } from './rule.js';
import { ALL_MOMENTS } from './rule.js';

/**
 * 住院时间重叠: an inpatient claim whose stay overlaps another stay of the same insured person, at
 * the same or another provider — one person cannot lie in two beds: one of the stays is settled
 * twice, false, or someone else's under this person's card (冒名住院). Stays that only touch (a
 * transfer discharged and admitted on the same day) do not overlap. Every claim of the pair is
 * flagged; the amount is the claim's fund payment.
 *
 * The overlap is counted in nights, as a stay is (算入不算出). A same-day stay (admitted and
 * discharged on one day: a day surgery, an observation) has no night, so one strictly inside
 * another stay overlaps it by none — yet that day the person was lying in the other bed, as an
 * outpatient visit there would show (OUTPATIENT_DURING_STAY). It is flagged, and explained as a
 * stay on that day inside the other, not as an overlap of 0 days.
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
  explain: (d) => {
    const other = `${d.admittedOn} 至 ${d.dischargedOn}`;
    if (Number(d.overlapDays) > 0)
      return {
        zh: `住院时间与另一次住院（结算 ${d.other}，${other}）重叠 ${d.overlapDays} 天`,
        en: `the stay overlaps another stay (settlement ${d.other}, ${d.admittedOn} to ${d.dischargedOn}) by ${d.overlapDays} ${d.overlapDays === 1 ? 'night' : 'nights'}`,
      };
    // No night in common: one of the two is a same-day stay inside the other.
    if (d.admittedOn === d.dischargedOn)
      return {
        zh: `本次住院期间另有一次当日出入院的住院（结算 ${d.other}，${d.admittedOn}）`,
        en: `another stay, admitted and discharged on ${d.admittedOn} (settlement ${d.other}), lies within this stay`,
      };
    return {
      zh: `本次当日出入院的住院在另一次住院（结算 ${d.other}，${other}）期间`,
      en: `this same-day stay lies within another stay (settlement ${d.other}, ${d.admittedOn} to ${d.dischargedOn})`,
    };
  },
};
