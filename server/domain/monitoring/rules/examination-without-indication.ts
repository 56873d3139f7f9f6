import type { RuleDefinition } from './rule.js';
import { list } from './explain.js';
import { ALL_MOMENTS } from './rule.js';

/**
 * 过度检查 (over-examination): an examination or treatment item billed although none of the
 * claim's diagnoses is among its indications. S4 (docs/domain/sources.md) names 过度检查 among
 * what the after-settlement review refused payment for (beside 超范围治疗, 过度治疗, 无指征用药,
 * 超剂量用药); S3 names what judging it needs: "各检查项目的检查指征", the indications of each
 * examination item. The hub reads those from the knowledge base as the drug rule does: an
 * INDICATION entry (ICD-10 prefixes) on a service item's catalogue code. Items without such an
 * entry are not judged (no source gives a general standard). The amount is the line's amount.
 * Drugs are judged by DRUG_DIAGNOSIS_MISMATCH, so one line is never flagged by both.
 */
export const examinationWithoutIndication: RuleDefinition = {
  key: 'EXAMINATION_WITHOUT_INDICATION',
  nameZh: '过度检查（检查治疗项目无指征）',
  nameEn: 'Over-examination (item without indication)',
  defaults: { kind: 'SUSPICIOUS', judgementLevel: 'HIGHLY_SUSPECTED', blocking: false, parameters: {}, violationTypeCode: 'OVER_SERVICING' },
  moments: ALL_MOMENTS,
  sql: () => `
    select c.claim_id, l.amount_fen, jsonb_build_object('line', l.line_no, 'code', l.code, 'indications', k.icd10_prefixes, 'diagnoses', c.diagnoses)
    from tc c join tl l on l.claim_id = c.claim_id
    join kb k on k.kind = 'INDICATION' and k.code = l.code
    where l.category = 'SERVICE_ITEM' and cardinality(k.icd10_prefixes) > 0
      and not exists (select 1 from unnest(c.diagnoses) d, unnest(k.icd10_prefixes) p where d like p || '%')`,
  explain: (d) => ({
    zh: `第${d.line}行 检查治疗项目 ${d.code} 的检查指征为 ${list(d.indications, '、')}，诊断为 ${list(d.diagnoses, '、') || '无'}`,
    en: `line ${d.line}: item ${d.code} is indicated for ${list(d.indications, ', ')}; the diagnoses are ${list(d.diagnoses, ', ') || 'none'}`,
  }),
};
