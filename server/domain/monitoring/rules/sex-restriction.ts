import type { RuleDefinition } from './rule.js';
import { sexEn, sexZh } from './explain.js';
import { ALL_MOMENTS } from './rule.js';

/** National batch 1: drugs and service items restricted to one sex (限性别). */
export const sexRestriction: RuleDefinition = {
  key: 'SEX_RESTRICTION',
  nameZh: '限性别用药/诊疗项目',
  nameEn: 'Drug or item restricted by sex',
  defaults: { kind: 'VIOLATION', judgementLevel: 'CERTAIN', blocking: true, parameters: {}, violationTypeCode: 'INFLATED_BILLING' },
  moments: ALL_MOMENTS,
  sql: () => `
    select c.claim_id, l.amount_fen, jsonb_build_object('line', l.line_no, 'code', l.code, 'allowedSex', k.sex, 'sex', c.person_sex)
    from tc c join tl l on l.claim_id = c.claim_id
    join kb k on k.kind = 'SEX_RESTRICTION' and k.code = l.code
    where k.sex is not null and c.person_sex is not null and c.person_sex <> k.sex`,
  explain: (d) => ({
    zh: `第${d.line}行 ${d.code} 限${sexZh(d.allowedSex)}使用，参保人为${sexZh(d.sex)}`,
    en: `line ${d.line} ${d.code} is restricted to ${sexEn(d.allowedSex)} patients; the insured person is ${sexEn(d.sex)}`,
  }),
};
