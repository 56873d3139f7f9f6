import type { RuleDefinition } from './rule.js';
import { linesEn, list } from './explain.js';
import { ALL_MOMENTS, codePrefixes } from './rule.js';

/**
 * 住院床位费天数超住院天数 (虚计多记床位费): an inpatient claim that bills more bed days than the
 * stay lasted. The stay is counted as the price rules count it (算入不算出: the admission day in,
 * the discharge day out, a same-day stay one day). S0 names 虚计多记 among the violations the
 * agencies fight and S3 reports inpatient bed days reviewed against their limits (住院床日数) and
 * 延长住院天数; a bed fee billed for more days than the patient was in the bed is the charge no
 * care stands behind. Bed-fee lines are those whose catalogue code starts with one of
 * `bedFeePrefixes` (national service-price code 1109, 床位费); their quantities are the days.
 * The amount is the bed fees' share for the days over the stay (all bed fees × extra ÷ billed).
 * Seed coverage: docs/domain/seed-violation-coverage.md.
 */
export const bedDaysOverStay: RuleDefinition = {
  key: 'BED_DAYS_OVER_STAY',
  nameZh: '床位费天数超住院天数',
  nameEn: 'Bed days billed beyond the length of stay',
  defaults: { kind: 'VIOLATION', judgementLevel: 'CERTAIN', blocking: false, parameters: { bedFeePrefixes: ['1109'] }, violationTypeCode: 'INFLATED_BILLING' },
  parameterSchema: { bedFeePrefixes: codePrefixes().min(1) },
  moments: ALL_MOMENTS,
  sql: (s) => `
    select b.claim_id, floor(b.amount::numeric * (b.billed - b.stay) / b.billed)::bigint,
      jsonb_build_object('stayDays', b.stay, 'billedDays', trim_scale(b.billed)::text, 'extraDays', trim_scale(b.billed - b.stay)::text, 'lines', b.lines)
    from (
      select c.claim_id, greatest(c.discharged_on - c.admitted_on, 1) as stay, sum(l.quantity) as billed,
        sum(l.amount_fen) as amount, array_agg(l.line_no order by l.line_no) as lines
      from tc c join tl l on l.claim_id = c.claim_id
      where c.visit_type = 'INPATIENT' and c.admitted_on is not null and c.discharged_on is not null
        and l.code like any (select p || '%' from unnest(${s.paramList('bedFeePrefixes')}) p)
      group by c.claim_id, c.admitted_on, c.discharged_on
    ) b
    where b.billed > b.stay`,
  explain: (d) => ({
    zh: `住院 ${d.stayDays} 天，床位费计 ${d.billedDays} 天（第 ${list(d.lines, '、')} 行），多计 ${d.extraDays} 天`,
    en: `a ${d.stayDays}-day stay billed ${d.billedDays} bed days (${linesEn(d.lines)}): ${d.extraDays} ${d.extraDays === '1' ? 'day' : 'days'} too many`,
  }),
};
