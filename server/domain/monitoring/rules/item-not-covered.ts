import type { RuleDefinition } from './rule.js';
import { ALL_MOMENTS } from './rule.js';

/**
 * 超医保目录: an item outside the catalogue paid by the fund. A claim carries its payers as
 * totals, not per line, so a claim in which the insured person's own payment covers every
 * uncovered line is clean: the fund paid for the rest (a covered drug beside an uncovered item
 * paid in cash is the ordinary shape of a pharmacy or clinic receipt).
 *
 * The amount concerned is the fund's loss — what the fund (pool or personal account) paid for the
 * uncovered items — not what they charged: the uncovered total less the insured person's own
 * payment. Per line, the own payment is taken to cover the uncovered lines in line order, so the
 * lines' amounts add up to exactly that loss (a 1,200-fen item of which the person paid 1,199
 * concerns 1 fen).
 */
export const itemNotCovered: RuleDefinition = {
  key: 'ITEM_NOT_COVERED',
  nameZh: '非医保目录项目纳入基金支付',
  nameEn: 'Item not covered billed to the fund',
  defaults: { kind: 'VIOLATION', judgementLevel: 'CERTAIN', blocking: true, parameters: {}, violationTypeCode: 'COSTS_SHIFTED_TO_BASIC_INSURANCE' },
  moments: ALL_MOMENTS,
  sql: () => `
    select u.claim_id, least(u.amount_fen, u.upto - u.self_fen)::bigint, jsonb_build_object('line', u.line_no, 'code', u.code)
    from (
      select c.claim_id, c.self_fen, l.line_no, l.code, l.amount_fen,
        sum(l.amount_fen) over (partition by c.claim_id order by l.line_no) as upto
      from tc c join tl l on l.claim_id = c.claim_id
      join kb k on k.kind = 'NOT_COVERED' and k.code = l.code
      where c.fund_fen > 0
    ) u
    where u.upto > u.self_fen`,
  explain: (d) => ({
    zh: `第${d.line}行 ${d.code} 不属于医保支付范围，却由基金支付`,
    en: `line ${d.line} ${d.code} is not covered by the fund, yet the fund paid`,
  }),
};
