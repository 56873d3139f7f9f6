import type { RuleDefinition } from './rule.js';
import { list } from './explain.js';
import { ALL_MOMENTS } from './rule.js';

/**
 * 无指征用药: a drug limited to indications (ICD-10 prefixes) with no matching diagnosis on the
 * claim. Drug lines only: an examination or treatment item with indications is
 * EXAMINATION_WITHOUT_INDICATION (过度检查, S4), not a drug offence.
 */
export const drugDiagnosisMismatch: RuleDefinition = {
  key: 'DRUG_DIAGNOSIS_MISMATCH',
  nameZh: '药品与诊断不符（限适应症）',
  nameEn: 'Drug does not match the diagnosis',
  defaults: { kind: 'SUSPICIOUS', judgementLevel: 'HIGHLY_SUSPECTED', blocking: false, parameters: {}, violationTypeCode: 'MEDICATION_WITHOUT_INDICATION' },
  moments: ALL_MOMENTS,
  sql: () => `
    select c.claim_id, l.amount_fen, jsonb_build_object('line', l.line_no, 'code', l.code, 'indications', k.icd10_prefixes, 'diagnoses', c.diagnoses)
    from tc c join tl l on l.claim_id = c.claim_id
    join kb k on k.kind = 'INDICATION' and k.code = l.code
    where l.category in ('WESTERN_DRUG', 'PATENT_CHINESE_DRUG', 'HERBAL') and cardinality(k.icd10_prefixes) > 0
      and not exists (select 1 from unnest(c.diagnoses) d, unnest(k.icd10_prefixes) p where d like p || '%')`,
  explain: (d) => ({
    zh: `第${d.line}行 ${d.code} 限适应症 ${list(d.indications, '、')}，诊断为 ${list(d.diagnoses, '、') || '无'}`,
    en: `line ${d.line} ${d.code} is indicated for ${list(d.indications, ', ')}; the diagnoses are ${list(d.diagnoses, ', ') || 'none'}`,
  }),
};
