import type { RuleDefinition } from './rule.js';
import { list, yuan } from './explain.js';
import { ALL_MOMENTS } from './rule.js';

/** 个人账户购买非医疗物品: non-medical goods on a claim paid (partly) from the personal account. */
export const nonMedicalOnAccount: RuleDefinition = {
  key: 'NON_MEDICAL_ON_ACCOUNT',
  nameZh: '个人账户支付非医疗物品',
  nameEn: 'Non-medical goods on the personal account',
  defaults: { kind: 'VIOLATION', judgementLevel: 'CERTAIN', blocking: true, parameters: {}, violationTypeCode: 'PERSONAL_ACCOUNT_CASH_OUT' },
  moments: ALL_MOMENTS,
  sql: () => `
    select c.claim_id, least(sum(l.amount_fen), c.account_fen)::bigint,
      jsonb_build_object('lines', array_agg(l.line_no order by l.line_no), 'accountFen', c.account_fen::text)
    from tc c join tl l on l.claim_id = c.claim_id
    where l.category = 'NON_MEDICAL' and c.account_fen > 0
    group by c.claim_id, c.account_fen`,
  explain: (d) => ({
    zh: `个人账户支付了非医疗物品（第 ${list(d.lines, '、')} 行），账户支付 ${yuan(d.accountFen)} 元`,
    en: `the personal account paid for non-medical goods (lines ${list(d.lines, ', ')}); account paid CNY ${yuan(d.accountFen)}`,
  }),
};
