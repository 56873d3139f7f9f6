import { z } from 'zod';
import type { RuleDefinition } from './rule.js';
import { ALL_MOMENTS } from './rule.js';
import { linesEn, list } from './explain.js';

/**
 * 超量开药: quantity or days of supply above the entry's limit, which is a limit per prescription
 * (docs/domain/monitoring.md). An outpatient or pharmacy claim is one prescription, so the lines
 * of one drug on it count together (a prescription split over several lines, each under the
 * limit, is the same supply). An inpatient stay is not: its drugs are ordered day by day, so the
 * lines of one drug count together per service day — summing a 20-day stay against one
 * prescription's limit would flag every normal stay.
 *
 * The entry's limits are those of an ordinary prescription. A chronic-disease prescription (a
 * claim settled as CHRONIC_DISEASE, or a CHRONIC_OUTPATIENT visit) may be a long prescription
 * (长处方, up to 12 weeks: `longPrescriptionDays`, 84), so for it the days limit is the longer
 * of the two and the quantity limit grows with the prescription's own days of supply: the
 * entry's quantity covers its `maxDaysSupply` days, so 10 for 30 days allows 28 for 84. Without
 * a stated days of supply, or for an entry that does not say how many days its quantity covers,
 * the quantity limit stays the entry's (a quantity is not judged against days nobody stated).
 * The excess is the amount — the units over the limit at the lines' own price, or the share of
 * the days over it — never more than the lines charged (a huge quantity times the price could
 * otherwise leave bigint).
 */
export const quantityOverLimit: RuleDefinition = {
  key: 'QUANTITY_OVER_LIMIT',
  nameZh: '超量开药',
  nameEn: 'Quantity over limit',
  defaults: { kind: 'SUSPICIOUS', judgementLevel: 'HIGHLY_SUSPECTED', blocking: false, parameters: { longPrescriptionDays: 84 }, violationTypeCode: 'EXCESSIVE_QUANTITY_OR_DOSAGE' },
  parameterSchema: { longPrescriptionDays: z.number().int().min(1).max(366) },
  moments: ALL_MOMENTS,
  sql: (s) => `
    select q.claim_id,
      least(q.amount, greatest(
        case when q.max_quantity is not null and q.quantity > q.max_quantity then round((q.quantity - q.max_quantity) * q.amount / q.quantity) else 0 end,
        case when q.max_days_supply is not null and q.days_supply > q.max_days_supply then round(q.amount * (q.days_supply - q.max_days_supply)::numeric / q.days_supply) else 0 end
      ))::bigint,
      jsonb_build_object('lines', q.lines, 'code', q.code, 'quantity', q.quantity, 'maxQuantity', trim_scale(q.max_quantity),
        'daysSupply', q.days_supply, 'maxDaysSupply', q.max_days_supply, 'longPrescription', coalesce(q.long_prescription and q.days_supply > q.entry_days, false))
    from (
      select g.*,
        case when g.long_prescription and g.entry_days is not null and g.days_supply > g.entry_days
          then round(g.entry_quantity * least(g.days_supply, g.max_days_supply) / g.entry_days, 3)
          else g.entry_quantity end as max_quantity
      from (
        select a.*,
          case when a.long_prescription and a.entry_days is not null then greatest(a.entry_days, ${s.param('longPrescriptionDays')}::int)
            else a.entry_days end as max_days_supply
        from (
          select c.claim_id, l.code, k.max_quantity as entry_quantity, k.max_days_supply as entry_days,
            (c.settlement_category = 'CHRONIC_DISEASE' or c.visit_type = 'CHRONIC_OUTPATIENT') as long_prescription,
            sum(l.quantity) as quantity, sum(l.days_supply) as days_supply,
            sum(l.amount_fen) as amount, array_agg(l.line_no order by l.line_no) as lines
          from tc c join tl l on l.claim_id = c.claim_id
          join kb k on k.kind = 'QUANTITY_LIMIT' and k.code = l.code
          group by c.claim_id, l.code, k.max_quantity, k.max_days_supply, c.settlement_category, c.visit_type,
            case when c.visit_type = 'INPATIENT' then l.served_on end
        ) a
      ) g
    ) q
    where (q.max_quantity is not null and q.quantity > q.max_quantity)
       or (q.max_days_supply is not null and q.days_supply > q.max_days_supply)`,
  explain: (d) => {
    const long = d.longPrescription === true;
    // A long prescription past its days limit: the days are the excess (its quantity limit is
    // that of the days allowed, so naming it would read as the limit for the days prescribed).
    const overDays = d.maxDaysSupply != null && Number(d.daysSupply) > Number(d.maxDaysSupply);
    const overQuantity = d.maxQuantity != null && Number(d.quantity) > Number(d.maxQuantity) && !(long && overDays);
    if (overQuantity) {
      return long
        ? {
            zh: `第${list(d.lines, '、')}行 ${d.code} 数量 ${d.quantity} 超过慢性病长处方 ${d.daysSupply} 天的限量 ${d.maxQuantity}`,
            en: `${linesEn(d.lines)} ${d.code}: quantity ${d.quantity} over the limit of ${d.maxQuantity} for a chronic-disease prescription of ${d.daysSupply} days`,
          }
        : {
            zh: `第${list(d.lines, '、')}行 ${d.code} 数量 ${d.quantity} 超过限量 ${d.maxQuantity}`,
            en: `${linesEn(d.lines)} ${d.code}: quantity ${d.quantity} over the limit of ${d.maxQuantity}`,
          };
    }
    return {
      zh: `第${list(d.lines, '、')}行 ${d.code} 用药天数 ${d.daysSupply} 天，超过${long ? '长处方' : ''}限定 ${d.maxDaysSupply} 天`,
      en: `${linesEn(d.lines)} ${d.code}: ${d.daysSupply} days' supply over the ${long ? 'long-prescription ' : ''}limit of ${d.maxDaysSupply}`,
    };
  },
};
