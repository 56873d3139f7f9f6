import type { RuleDefinition } from './rule.js';
import { ALL_MOMENTS } from './rule.js';

/**
 * 超医保目录: an item outside the catalogue paid by the fund. A claim carries its payers as
 * totals, not per line, so a claim in which the insured person's own payment covers every
 * uncovered line is clean: the fund paid for the rest (a covered drug beside an uncovered item
 * paid in cash is the ordinary shape of a pharmacy or clinic receipt).
 */
export const itemNotCovered: RuleDefinition = {
  key: 'ITEM_NOT_COVERED',
  nameZh: '非医保目录项目纳入基金支付',
  nameEn: 'Item not covered billed to the fund',
  defaults: { kind: 'VIOLATION', judgementLevel: 'CERTAIN', blocking: true, parameters: {}, violationTypeCode: 'COSTS_SHIFTED_TO_BASIC_INSURANCE' },
  moments: ALL_MOMENTS,
  sql: () => `
    select c.claim_id, l.amount_fen, jsonb_build_object('line', l.line_no, 'code', l.code)
    from tc c join tl l on l.claim_id = c.claim_id
    join kb k on k.kind = 'NOT_COVERED' and k.code = l.code
    where c.fund_fen > 0
      and (select sum(x.amount_fen) from tl x join kb y on y.kind = 'NOT_COVERED' and y.code = x.code
           where x.claim_id = c.claim_id) > c.self_fen`,
  explain: (d) => ({
    zh: `第${d.line}行 ${d.code} 不属于医保支付范围，却由基金支付`,
    en: `line ${d.line} ${d.code} is not covered by the fund, yet the fund paid`,
  }),
};
