import type { RuleDefinition } from './rule.js';
import { ALL_MOMENTS } from './rule.js';

/**
 * 超量开药: quantity or days of supply above the entry's limit; the excess is the amount, never
 * more than the line charged (a huge quantity times the unit price could otherwise leave bigint).
 */
export const quantityOverLimit: RuleDefinition = {
  key: 'QUANTITY_OVER_LIMIT',
  nameZh: '超量开药',
  nameEn: 'Quantity over limit',
  defaults: { kind: 'SUSPICIOUS', judgementLevel: 'HIGHLY_SUSPECTED', blocking: false, parameters: {}, violationTypeCode: 'EXCESSIVE_QUANTITY_OR_DOSAGE' },
  moments: ALL_MOMENTS,
  sql: () => `
    select c.claim_id,
      least(l.amount_fen, greatest(
        case when k.max_quantity is not null and l.quantity > k.max_quantity then round((l.quantity - k.max_quantity) * l.unit_price_fen) else 0 end,
        case when k.max_days_supply is not null and l.days_supply > k.max_days_supply then round(l.amount_fen * (l.days_supply - k.max_days_supply)::numeric / l.days_supply) else 0 end
      ))::bigint,
      jsonb_build_object('line', l.line_no, 'code', l.code, 'quantity', l.quantity, 'maxQuantity', k.max_quantity,
        'daysSupply', l.days_supply, 'maxDaysSupply', k.max_days_supply)
    from tc c join tl l on l.claim_id = c.claim_id
    join kb k on k.kind = 'QUANTITY_LIMIT' and k.code = l.code
    where (k.max_quantity is not null and l.quantity > k.max_quantity)
       or (k.max_days_supply is not null and l.days_supply > k.max_days_supply)`,
  explain: (d) => ({
    zh: d.maxQuantity != null && Number(d.quantity) > Number(d.maxQuantity) ? `第${d.line}行 ${d.code} 数量 ${d.quantity} 超过限量 ${d.maxQuantity}` : `第${d.line}行 ${d.code} 用药天数 ${d.daysSupply} 天，超过限定 ${d.maxDaysSupply} 天`,
    en: d.maxQuantity != null && Number(d.quantity) > Number(d.maxQuantity) ? `line ${d.line} ${d.code}: quantity ${d.quantity} over the limit of ${d.maxQuantity}` : `line ${d.line} ${d.code}: ${d.daysSupply} days' supply over the limit of ${d.maxDaysSupply}`,
  }),
};
