import type { RuleDefinition } from './rule.js';
import { yuan } from './explain.js';
import { ALL_MOMENTS } from './rule.js';

/**
 * 超医保支付标准收费: unit price above the payment standard; the excess times the quantity is
 * the amount, never more than the line charged (quantity and fen are bounded apart in the
 * claim format, so their product alone could leave bigint and fail the whole screening chunk).
 */
export const priceAboveStandard: RuleDefinition = {
  key: 'PRICE_ABOVE_STANDARD',
  nameZh: '超医保支付标准收费',
  nameEn: 'Price above the payment standard',
  defaults: { kind: 'VIOLATION', judgementLevel: 'CERTAIN', blocking: false, parameters: {}, violationTypeCode: 'CHARGE_ABOVE_PAYMENT_STANDARD' },
  moments: ALL_MOMENTS,
  sql: () => `
    select c.claim_id, least(round((l.unit_price_fen - k.price_fen) * l.quantity), l.amount_fen)::bigint,
      jsonb_build_object('line', l.line_no, 'code', l.code, 'standardFen', k.price_fen::text, 'unitPriceFen', l.unit_price_fen::text)
    from tc c join tl l on l.claim_id = c.claim_id
    join kb k on k.kind = 'PAYMENT_STANDARD' and k.code = l.code
    where k.price_fen is not null and l.unit_price_fen > k.price_fen`,
  explain: (d) => ({
    zh: `第${d.line}行 ${d.code} 单价 ${yuan(d.unitPriceFen)} 元，超过支付标准 ${yuan(d.standardFen)} 元`,
    en: `line ${d.line} ${d.code}: unit price CNY ${yuan(d.unitPriceFen)} above the payment standard of CNY ${yuan(d.standardFen)}`,
  }),
};
