import { z } from 'zod';
import type { RuleDefinition } from './rule.js';
import { ALL_MOMENTS } from './rule.js';

/**
 * 重复开药: a drug dispensed again to the same insured person (at any provider) while an earlier
 * supply of it still lasts — the earlier dispensing day plus its days of supply reach more than
 * `toleranceDays` past this one (a refill a few days early is ordinary). Both lines must state
 * their days of supply. The amount is this line's share for the days it overlaps the earlier
 * supply (the whole line when the overlap is longer than its own supply).
 */
export const repeatedDispensing: RuleDefinition = {
  key: 'REPEATED_DISPENSING',
  nameZh: '重复开药',
  nameEn: 'Repeated dispensing',
  defaults: {
    kind: 'SUSPICIOUS',
    judgementLevel: 'HIGHLY_SUSPECTED',
    blocking: false,
    parameters: { toleranceDays: 7 },
    violationTypeCode: 'DUPLICATE_SAME_INDICATION_PURCHASE',
  },
  parameterSchema: { toleranceDays: z.number().int().min(0).max(90) },
  moments: ALL_MOMENTS,
  sql: (s) => `
    select c.claim_id, round(l.amount_fen * least(p.overlap, l.days_supply)::numeric / l.days_supply)::bigint,
      jsonb_build_object('line', l.line_no, 'code', l.code, 'previous', p.settlement_id, 'previousOn', p.served_on,
        'lastsUntil', p.lasts_until, 'overlapDays', p.overlap)
    from tc c join tl l on l.claim_id = c.claim_id
    cross join lateral (
      select h.settlement_id, x.served_on, x.served_on + x.days_supply as lasts_until, (x.served_on + x.days_supply) - l.served_on as overlap
      from hl x join hc h on h.claim_id = x.claim_id and h.settlement_month = x.settlement_month
      where h.person_id = c.person_id and x.code = l.code and x.days_supply is not null
        and (h.settled_at, h.settlement_id) < (c.settled_at, c.settlement_id) and x.served_on <= l.served_on
      order by x.served_on + x.days_supply desc, h.settlement_id limit 1
    ) p
    where l.days_supply is not null and l.category in ('WESTERN_DRUG', 'PATENT_CHINESE_DRUG', 'HERBAL')
      and p.overlap > (${s.param('toleranceDays')})::int`,
  explain: (d) => ({
    zh: `第${d.line}行 ${d.code} 上次于 ${d.previousOn} 所开药量（结算 ${d.previous}）可用至 ${d.lastsUntil}，提前 ${d.overlapDays} 天再次开药`,
    en: `line ${d.line} ${d.code}: the supply dispensed on ${d.previousOn} (settlement ${d.previous}) lasts until ${d.lastsUntil}; dispensed again ${d.overlapDays} days early`,
  }),
};
