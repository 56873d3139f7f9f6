import type { RuleDefinition } from './rule.js';
import { list, yuan } from './explain.js';
import { ALL_MOMENTS } from './rule.js';

/**
 * 个人账户购买非医疗物品: non-medical goods paid from the personal account. The claim carries its
 * payers as totals: what the fund and the account paid beyond the medical lines went to the
 * non-medical goods, and the account's share of that (at most the account's payment and the
 * goods' amount) is the amount. Medicine on the account beside goods paid in cash is clean.
 */
export const nonMedicalOnAccount: RuleDefinition = {
  key: 'NON_MEDICAL_ON_ACCOUNT',
  nameZh: '个人账户支付非医疗物品',
  nameEn: 'Non-medical goods on the personal account',
  defaults: { kind: 'VIOLATION', judgementLevel: 'CERTAIN', blocking: true, parameters: {}, violationTypeCode: 'PERSONAL_ACCOUNT_CASH_OUT' },
  moments: ALL_MOMENTS,
  sql: () => `
    select n.claim_id, least(n.goods, n.account_fen, n.account_fen + n.fund_fen - n.medical)::bigint,
      jsonb_build_object('lines', n.lines, 'accountFen', n.account_fen::text)
    from (
      select c.claim_id, c.account_fen, c.fund_fen,
        sum(l.amount_fen) filter (where l.category = 'NON_MEDICAL') as goods,
        coalesce(sum(l.amount_fen) filter (where l.category <> 'NON_MEDICAL'), 0) as medical,
        array_agg(l.line_no order by l.line_no) filter (where l.category = 'NON_MEDICAL') as lines
      from tc c join tl l on l.claim_id = c.claim_id
      where c.account_fen > 0
      group by c.claim_id, c.account_fen, c.fund_fen
    ) n
    where n.goods > 0 and n.account_fen + n.fund_fen > n.medical`,
  explain: (d) => ({
    zh: `个人账户支付了非医疗物品（第 ${list(d.lines, '、')} 行），账户支付 ${yuan(d.accountFen)} 元`,
    en: `the personal account paid for non-medical goods (lines ${list(d.lines, ', ')}); account paid CNY ${yuan(d.accountFen)}`,
  }),
};
