import type { RuleDefinition } from './rule.js';
import { linesEn, list } from './explain.js';
import { ALL_MOMENTS } from './rule.js';

/**
 * 重复收费: the same service item or material billed twice for the same day — on two lines of
 * one claim (every copy after the first is the amount), or again on a later claim of the same
 * person at the same provider for a day an earlier claim already charged (every copy on the
 * later claim is the amount), e.g. the general consultation fee counted twice for one day
 * (虚计多记一般诊疗费).
 *
 * A second consultation the same day is a visit of its own: the patient sent on to another
 * department, or seen by another doctor, is charged that department's consultation (the price
 * catalogue charges 诊查费 per registration, 挂号). The claim carries no department, so the
 * physician stands for it: a later claim repeats an earlier one only when both name the same
 * physician, or neither names one. A return to the same doctor after the day's tests is the same
 * consultation continued (当日复诊 is not charged again) and stays flagged.
 */
export const duplicateBilling: RuleDefinition = {
  key: 'DUPLICATE_BILLING',
  nameZh: '重复收费',
  nameEn: 'Duplicate billing',
  defaults: { kind: 'VIOLATION', judgementLevel: 'CERTAIN', blocking: false, parameters: {}, violationTypeCode: 'INFLATED_BILLING' },
  moments: ALL_MOMENTS,
  sql: () => `
    select l.claim_id, (sum(l.amount_fen) - case when p.settlement_id is null then max(l.amount_fen) else 0 end)::bigint,
      jsonb_build_object('code', l.code, 'servedOn', l.served_on, 'lines', array_agg(l.line_no order by l.line_no), 'previous', p.settlement_id)
    from tc c join tl l on l.claim_id = c.claim_id
    left join lateral (
      select h.settlement_id from hl x join hc h on h.claim_id = x.claim_id and h.settlement_month = x.settlement_month
      where h.person_id = c.person_id and h.provider_id = c.provider_id and h.claim_id <> c.claim_id
        and h.physician_id is not distinct from c.physician_id
        and (h.settled_at, h.settlement_id) < (c.settled_at, c.settlement_id)
        and x.code = l.code and x.served_on = l.served_on and x.category in ('SERVICE_ITEM', 'MATERIAL')
      order by h.settled_at, h.settlement_id limit 1
    ) p on true
    where l.category in ('SERVICE_ITEM', 'MATERIAL')
    group by l.claim_id, l.code, l.served_on, p.settlement_id
    having count(*) > 1 or p.settlement_id is not null`,
  explain: (d) => ({
    zh: d.previous
      ? `${d.code} 于 ${d.servedOn} 已在结算 ${d.previous} 中收费，再次收费（第 ${list(d.lines, '、')} 行）`
      : `${d.code} 于 ${d.servedOn} 重复收费（第 ${list(d.lines, '、')} 行）`,
    en: d.previous
      ? `${d.code} for ${d.servedOn} was already charged on settlement ${d.previous} and is charged again (${linesEn(d.lines)})`
      : `${d.code} charged more than once on ${d.servedOn} (${linesEn(d.lines)})`,
  }),
};
