import type { RuleDefinition } from './rule.js';
import { categoryEn, categoryZh, list } from './explain.js';
import { ALL_MOMENTS } from './rule.js';

/** 结算类别与诊断不符: a settlement category (chronic disease, maternity, …) without a diagnosis that category requires. */
export const categoryDiagnosis: RuleDefinition = {
  key: 'CATEGORY_DIAGNOSIS',
  nameZh: '结算类别与诊断不符',
  nameEn: 'Settlement category does not match the diagnosis',
  defaults: { kind: 'VIOLATION', judgementLevel: 'HIGHLY_SUSPECTED', blocking: false, parameters: {}, violationTypeCode: 'SETTLEMENT_CATEGORY_MISMATCH' },
  moments: ALL_MOMENTS,
  sql: () => `
    select c.claim_id, c.fund_fen, jsonb_build_object('category', c.settlement_category, 'required', k.icd10_prefixes, 'diagnoses', c.diagnoses)
    from tc c join kb k on k.kind = 'CATEGORY_DIAGNOSIS' and k.code = c.settlement_category
    where cardinality(k.icd10_prefixes) > 0
      and not exists (select 1 from unnest(c.diagnoses) d, unnest(k.icd10_prefixes) p where d like p || '%')`,
  explain: (d) => ({
    zh: `结算类别「${categoryZh(d.category)}」须有诊断 ${list(d.required, '、')}，本次诊断为 ${list(d.diagnoses, '、') || '无'}`,
    en: `settlement category ${categoryEn(d.category)} requires a diagnosis of ${list(d.required, ', ')}; the diagnoses are ${list(d.diagnoses, ', ') || 'none'}`,
  }),
};
