import { z } from 'zod';
import type { RuleDefinition } from './rule.js';
import { ALL_MOMENTS } from './rule.js';

/**
 * 分解住院: readmitted to the same provider within `days` of the previous discharge for the same
 * condition — the two stays share an ICD-10 category (the code's first three characters), and
 * that condition is what one of them was for: the principal diagnosis (first on the settlement
 * list) of either stay. A chronic condition listed beside both (hypertension, I10, after an
 * appendicitis and again with a hip fracture) is not the condition treated, so a readmission for
 * an unrelated condition (a fracture after pneumonia) is not a split stay, comorbidities or not;
 * one coded differently to hide the repeat (the first stay's principal J18.9 now second) still
 * is. `sameDiagnosis: false` flags every readmission within the interval.
 *
 * A treatment given in planned cycles is not a split stay either: chemotherapy or radiotherapy
 * courses and dialysis are readmissions by design (the seeds list 恶性肿瘤放化疗 and 尿毒症透析 as
 * the recurring treatments, S2, S3; local 分解住院 rules except 分疗程治疗). Such a stay is coded
 * with the session as its principal diagnosis, listed first on the settlement list (主要诊断:
 * Z51.0 radiotherapy, Z51.1 chemotherapy for a neoplasm, Z51.2 other chemotherapy, Z49
 * dialysis); a readmission whose first diagnosis is one of `plannedCyclePrefixes` is not judged.
 * A readmission for the disease itself (the tumour's C code first) still is.
 *
 * Nor is the next part of a stay settled in parts (中途结算: a long stay, or one running over the
 * year end, settled before the discharge; the national settlement interface marks it with its
 * mid_setl_flag, `interimSettlement` here). Such a part ends on the day the next part begins, at
 * the same provider: that is one stay going on, not a discharge and a readmission. Only the
 * marked part shields the next, and only a next part admitted on its end day: a stay "discharged"
 * and readmitted the same day without the mark, or a day or more after a marked part, is still
 * judged (the mark says the stay went on; a gap says it did not).
 */
/** Principal diagnoses of a planned course (ICD-10 prefixes), unless an insurer tunes its own. */
export const PLANNED_CYCLE_PREFIXES = ['Z51.0', 'Z51.1', 'Z51.2', 'Z49'];

export const splitAdmission: RuleDefinition = {
  key: 'SPLIT_ADMISSION',
  nameZh: '分解住院',
  nameEn: 'Split admission',
  // `sameDiagnosis` and `plannedCyclePrefixes` are absent from the installed parameters and read
  // as true and PLANNED_CYCLE_PREFIXES: rules installed before they existed keep their stored
  // parameters and get the rule as the catalogue describes it.
  defaults: { kind: 'SUSPICIOUS', judgementLevel: 'HIGHLY_SUSPECTED', blocking: false, parameters: { days: 15 }, violationTypeCode: 'SPLIT_ADMISSIONS' },
  parameterSchema: {
    days: z.number().int().min(1).max(90),
    sameDiagnosis: z.boolean(),
    plannedCyclePrefixes: z.array(z.string().regex(/^[A-Z]\d{2}(\.[0-9A-Z]{1,4})?$/, 'must be an ICD-10 code such as J45.9')).max(50),
  },
  moments: ALL_MOMENTS,
  sql: (s) => `
    select c.claim_id, c.fund_fen,
      jsonb_build_object('previous', p.settlement_id, 'gapDays', c.admitted_on - p.discharged_on, 'diagnosis', p.shared)
    from tc c
    cross join lateral (
      select h.settlement_id, h.discharged_on, x.shared
      from hc h
      left join lateral (
        select left(a.code, 3) as shared
        from unnest(h.diagnoses) with ordinality as a(code, n), unnest(c.diagnoses) with ordinality as b(code, m)
        where left(a.code, 3) = left(b.code, 3) and (a.n = 1 or b.m = 1)
        order by a.n + b.m limit 1
      ) x on true
      where h.person_id = c.person_id and h.provider_id = c.provider_id and h.claim_id <> c.claim_id
        and h.visit_type = 'INPATIENT' and h.settled_at <= c.settled_at
        and h.discharged_on <= c.admitted_on and c.admitted_on - h.discharged_on <= (${s.param('days')})::int
        and not (h.interim_settlement and h.discharged_on = c.admitted_on)
        and (not coalesce((${s.param('sameDiagnosis')})::boolean, true) or x.shared is not null)
      order by h.discharged_on desc limit 1
    ) p
    where c.visit_type = 'INPATIENT' and c.admitted_on is not null
      and not coalesce(c.diagnoses[1] like any (select x || '%' from unnest(case when ${s.param('plannedCyclePrefixes')} is null
        then array[${PLANNED_CYCLE_PREFIXES.map((x) => `'${x}'`).join(', ')}] else ${s.paramList('plannedCyclePrefixes')} end) x), false)`,
  explain: (d) => ({
    zh: d.diagnosis
      ? `上次住院（结算 ${d.previous}）出院后 ${d.gapDays} 天以相同诊断（${d.diagnosis}）再次入院`
      : `上次住院（结算 ${d.previous}）出院后 ${d.gapDays} 天再次入院`,
    en: d.diagnosis
      ? `readmitted ${d.gapDays} days after discharge from the previous stay (settlement ${d.previous}) for the same condition (${d.diagnosis})`
      : `readmitted ${d.gapDays} days after discharge from the previous stay (settlement ${d.previous})`,
  }),
};
