import type { RuleDefinition } from './rule.js';
import { ALL_MOMENTS } from './rule.js';
import { linesEn, list } from './explain.js';

/**
 * 超量开药: quantity or days of supply above the entry's limit, which is a limit per prescription
 * (docs/domain/monitoring.md). An outpatient or pharmacy claim is one prescription, so the lines
 * of one drug on it count together (a prescription split over several lines, each under the
 * limit, is the same supply). An inpatient stay is not: its drugs are ordered day by day, so the
 * lines of one drug count together per service day — summing a 20-day stay against one
 * prescription's limit would flag every normal stay. The excess is the amount — the units over the limit at the lines' own price, or the
 * share of the days over it — never more than the lines charged (a huge quantity times the price
 * could otherwise leave bigint).
 */
export const quantityOverLimit: RuleDefinition = {
  key: 'QUANTITY_OVER_LIMIT',
  nameZh: '超量开药',
  nameEn: 'Quantity over limit',
  defaults: { kind: 'SUSPICIOUS', judgementLevel: 'HIGHLY_SUSPECTED', blocking: false, parameters: {}, violationTypeCode: 'EXCESSIVE_QUANTITY_OR_DOSAGE' },
  moments: ALL_MOMENTS,
  sql: () => `
    select q.claim_id,
      least(q.amount, greatest(
        case when q.max_quantity is not null and q.quantity > q.max_quantity then round((q.quantity - q.max_quantity) * q.amount / q.quantity) else 0 end,
        case when q.max_days_supply is not null and q.days_supply > q.max_days_supply then round(q.amount * (q.days_supply - q.max_days_supply)::numeric / q.days_supply) else 0 end
      ))::bigint,
      jsonb_build_object('lines', q.lines, 'code', q.code, 'quantity', q.quantity, 'maxQuantity', q.max_quantity,
        'daysSupply', q.days_supply, 'maxDaysSupply', q.max_days_supply)
    from (
      select c.claim_id, l.code, k.max_quantity, k.max_days_supply, sum(l.quantity) as quantity, sum(l.days_supply) as days_supply,
        sum(l.amount_fen) as amount, array_agg(l.line_no order by l.line_no) as lines
      from tc c join tl l on l.claim_id = c.claim_id
      join kb k on k.kind = 'QUANTITY_LIMIT' and k.code = l.code
      group by c.claim_id, l.code, k.max_quantity, k.max_days_supply,
        case when c.visit_type = 'INPATIENT' then l.served_on end
    ) q
    where (q.max_quantity is not null and q.quantity > q.max_quantity)
       or (q.max_days_supply is not null and q.days_supply > q.max_days_supply)`,
  explain: (d) => {
    const overQuantity = d.maxQuantity != null && Number(d.quantity) > Number(d.maxQuantity);
    return {
      zh: overQuantity
        ? `第${list(d.lines, '、')}行 ${d.code} 数量 ${d.quantity} 超过限量 ${d.maxQuantity}`
        : `第${list(d.lines, '、')}行 ${d.code} 用药天数 ${d.daysSupply} 天，超过限定 ${d.maxDaysSupply} 天`,
      en: overQuantity
        ? `${linesEn(d.lines)} ${d.code}: quantity ${d.quantity} over the limit of ${d.maxQuantity}`
        : `${linesEn(d.lines)} ${d.code}: ${d.daysSupply} days' supply over the limit of ${d.maxDaysSupply}`,
    };
  },
};
