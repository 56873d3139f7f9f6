import { z } from 'zod';
import type { RuleDefinition } from './rule.js';
import { ALL_MOMENTS, codePrefixes } from './rule.js';

/**
 * 挂床住院: an inpatient stay with days on which nothing but bed and nursing fees was billed.
 * `minIdleDays` such days make a hit; the lines billed on them are the amount.
 *
 * The daily charges that are no care are told by their catalogue code prefix, `bedFeePrefixes`
 * (bed and nursing fees both, despite the name kept for stored parameters). The seeds name no
 * codes; in the national medical service price items (全国医疗服务价格项目规范) the bed fee is
 * 1109 (110900001 床位费) and the nursing fees are 1201 (护理费: 特级、Ⅰ级、Ⅱ级、Ⅲ级护理 …). The
 * default used to be 1109 and 1208: 1208 is another item of group 12 (一般检查治疗), not a nursing
 * fee, so a day with a bed fee and that treatment was counted idle, and a day with only bed and
 * nursing fees was not. An insurer whose local codes differ tunes the list;
 * a rule installed with the old default keeps it until tuned (its stored parameters are its own).
 *
 * An idle day is a day the bed was charged: a day with no line at all is no evidence (a
 * settlement list that bills the bed fee once for the stay, quantity = days, leaves every later
 * day empty) and was flagged with nothing to recover (0 fen).
 */
/** Bed fee (1109) and nursing fees (1201) of the national service price items. */
export const PHANTOM_BED_PREFIXES = ['1109', '1201'];

export const phantomBed: RuleDefinition = {
  key: 'PHANTOM_BED',
  nameZh: '挂床住院',
  nameEn: 'Phantom bed occupancy',
  defaults: {
    kind: 'SUSPICIOUS',
    judgementLevel: 'HIGHLY_SUSPECTED',
    blocking: false,
    parameters: { minIdleDays: 3, bedFeePrefixes: PHANTOM_BED_PREFIXES },
    violationTypeCode: 'PHANTOM_BED_OCCUPANCY',
  },
  parameterSchema: { minIdleDays: z.number().int().min(1).max(365), bedFeePrefixes: codePrefixes().min(1) },
  moments: ALL_MOMENTS,
  sql: (s) => `
    select i.claim_id, coalesce(sum(l.amount_fen), 0)::bigint, jsonb_build_object('idleDays', i.idle, 'stayDays', i.stay)
    from (
      select d.claim_id, d.stay, count(*) as idle, array_agg(d.day) as idle_days
      from (
        select c.claim_id, (c.discharged_on - c.admitted_on) as stay, g::date as day
        from tc c, generate_series(c.admitted_on, c.discharged_on - 1, interval '1 day') g
        where c.visit_type = 'INPATIENT' and c.discharged_on > c.admitted_on
      ) d
      where not exists (
        select 1 from tl t where t.claim_id = d.claim_id and t.served_on = d.day
          and t.category <> 'NON_MEDICAL' and not (t.code like any (select p || '%' from unnest(${s.paramList('bedFeePrefixes')}) p))
      ) and exists (
        select 1 from tl t where t.claim_id = d.claim_id and t.served_on = d.day
          and t.code like any (select p || '%' from unnest(${s.paramList('bedFeePrefixes')}) p)
      )
      group by d.claim_id, d.stay
      having count(*) >= (${s.param('minIdleDays')})::int
    ) i
    left join tl l on l.claim_id = i.claim_id and l.served_on = any(i.idle_days)
    group by i.claim_id, i.idle, i.stay`,
  explain: (d) => ({
    zh: `住院 ${d.stayDays} 天，其中 ${d.idleDays} 天除床位费、护理费外无任何诊疗、用药记录`,
    en: `${d.idleDays} of ${d.stayDays} inpatient days have no treatment or drug besides the bed and nursing fees`,
  }),
};
