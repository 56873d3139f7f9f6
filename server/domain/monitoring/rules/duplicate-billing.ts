import type { RuleDefinition } from './rule.js';
import { list } from './explain.js';
import { ALL_MOMENTS } from './rule.js';

/** 重复收费: the same service item or material billed on two lines for the same day; every copy after the first is the amount. */
export const duplicateBilling: RuleDefinition = {
  key: 'DUPLICATE_BILLING',
  nameZh: '重复收费',
  nameEn: 'Duplicate billing',
  defaults: { kind: 'VIOLATION', judgementLevel: 'CERTAIN', blocking: false, parameters: {}, violationTypeCode: 'INFLATED_BILLING' },
  moments: ALL_MOMENTS,
  sql: () => `
    select l.claim_id, (sum(l.amount_fen) - max(l.amount_fen))::bigint,
      jsonb_build_object('code', l.code, 'servedOn', l.served_on, 'lines', array_agg(l.line_no order by l.line_no))
    from tc c join tl l on l.claim_id = c.claim_id
    where l.category in ('SERVICE_ITEM', 'MATERIAL')
    group by l.claim_id, l.code, l.served_on
    having count(*) > 1`,
  explain: (d) => ({
    zh: `${d.code} 于 ${d.servedOn} 重复收费（第 ${list(d.lines, '、')} 行）`,
    en: `${d.code} charged more than once on ${d.servedOn} (lines ${list(d.lines, ', ')})`,
  }),
};
