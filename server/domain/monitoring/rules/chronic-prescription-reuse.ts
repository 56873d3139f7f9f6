import { z } from 'zod';
import type { RuleDefinition } from './rule.js';
import { ALL_MOMENTS } from './rule.js';

/**
 * 处方重复使用: a chronic-disease prescription dispensed after its validity or used a
 * (`maxUses` + 1)th time. A stable patient's prescription may be used for 3 months, stamped at
 * the first and second use and kept at the third (docs/domain/monitoring.md). "3 months" are
 * calendar months, counted as a legal period is (Civil Code arts. 201–202): the last valid day is
 * the same day `validityMonths` months on, or that month's last day where it has no such day —
 * written 10 May, valid to 10 August (92 days); written 1 February, to 1 May (89 days); written
 * 30 November, to 28 February. A knowledge entry's `validityDays`, or a `validityDays` an
 * insurer tuned, counts days instead and wins.
 */
export const chronicPrescriptionReuse: RuleDefinition = {
  key: 'CHRONIC_PRESCRIPTION_REUSE',
  nameZh: '慢特病处方超期或超次使用',
  nameEn: 'Chronic prescription reused beyond validity or use count',
  defaults: {
    kind: 'VIOLATION',
    judgementLevel: 'CERTAIN',
    blocking: true,
    parameters: { validityMonths: 3, maxUses: 3 },
    violationTypeCode: 'PRESCRIPTION_REUSE',
  },
  parameterSchema: {
    validityMonths: z.number().int().min(1).max(12),
    validityDays: z.number().int().min(1).max(366),
    maxUses: z.number().int().min(1).max(100),
  },
  moments: ALL_MOMENTS,
  sql: (s) => `
    select c.claim_id, l.amount_fen,
      jsonb_build_object('line', l.line_no, 'prescription', l.prescription_no, 'ageDays', l.served_on - l.prescribed_on, 'earlierUses', u.n)
    from tc c join tl l on l.claim_id = c.claim_id
    left join kb k on k.kind = 'CHRONIC_VALIDITY' and k.code = l.code
    cross join lateral (
      select count(distinct h.claim_id) as n
      from hl x join hc h on h.claim_id = x.claim_id and h.settlement_month = x.settlement_month
      where x.prescription_no = l.prescription_no and h.person_id = c.person_id
        and (h.settled_at, h.settlement_id) < (c.settled_at, c.settlement_id)
    ) u
    where c.visit_type = 'CHRONIC_OUTPATIENT' and l.prescription_no is not null
      and (l.served_on > coalesce(l.prescribed_on + coalesce(k.validity_days, (${s.param('validityDays')})::int),
             (l.prescribed_on + make_interval(months => coalesce((${s.param('validityMonths')})::int, 3)))::date)
           or u.n >= coalesce(k.max_uses, (${s.param('maxUses')})::int))`,
  explain: (d) => ({
    zh: `第${d.line}行 处方 ${d.prescription} 开具已 ${d.ageDays} 天，此前已使用 ${d.earlierUses} 次`,
    en: `line ${d.line}: prescription ${d.prescription} is ${d.ageDays} days old and was used ${d.earlierUses} times before`,
  }),
};
