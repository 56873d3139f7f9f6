import type { RuleDefinition } from './rule.js';
import { yuan } from './explain.js';
import { ALL_MOMENTS } from './rule.js';

/**
 * National batch 2: several operations on one day through one incision — the first at full
 * price, each further one at the discount the entry names (手术项目未按规定打折). The amount is
 * the excess over the discounted price, at most what the line charged.
 */
export const surgeryDiscount: RuleDefinition = {
  key: 'SURGERY_DISCOUNT',
  nameZh: '手术项目未按规定打折',
  nameEn: 'Surgical item not discounted as required',
  defaults: { kind: 'VIOLATION', judgementLevel: 'CERTAIN', blocking: false, parameters: {}, violationTypeCode: 'INFLATED_BILLING' },
  moments: ALL_MOMENTS,
  sql: () => `
    select s.claim_id, least(round((s.unit_price_fen - s.allowed_fen) * s.quantity), s.amount_fen)::bigint,
      jsonb_build_object('line', s.line_no, 'code', s.code, 'allowedFen', s.allowed_fen::text, 'unitPriceFen', s.unit_price_fen::text)
    from (
      select l.claim_id, l.line_no, l.code, l.quantity, l.unit_price_fen, l.amount_fen,
        (k.price_fen * k.discount_percent / 100) as allowed_fen,
        row_number() over (partition by l.claim_id, l.served_on order by l.unit_price_fen desc, l.line_no) as rank
      from tc c join tl l on l.claim_id = c.claim_id
      join kb k on k.kind = 'SURGERY_DISCOUNT' and k.code = l.code
      where k.price_fen is not null and k.discount_percent is not null
    ) s
    where s.rank > 1 and s.unit_price_fen > s.allowed_fen`,
  explain: (d) => ({
    zh: `第${d.line}行 ${d.code} 为同日非主手术，应按 ${yuan(d.allowedFen)} 元收费，实收单价 ${yuan(d.unitPriceFen)} 元`,
    en: `line ${d.line} ${d.code} is a further operation on the same day: allowed CNY ${yuan(d.allowedFen)}, charged CNY ${yuan(d.unitPriceFen)} a unit`,
  }),
};
