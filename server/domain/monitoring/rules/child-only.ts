import type { RuleDefinition } from './rule.js';
import { ALL_MOMENTS } from './rule.js';

/** National batch 1: drugs and items only for children (限儿童), billed for an older person. */
export const childOnly: RuleDefinition = {
  key: 'CHILD_ONLY',
  nameZh: '限儿童用药/诊疗项目',
  nameEn: 'Drug or item only for children',
  defaults: { kind: 'VIOLATION', judgementLevel: 'CERTAIN', blocking: true, parameters: {}, violationTypeCode: 'INFLATED_BILLING' },
  moments: ALL_MOMENTS,
  sql: () => `
    select c.claim_id, l.amount_fen, jsonb_build_object('line', l.line_no, 'code', l.code, 'maxAge', k.max_age_years,
      'age', date_part('year', age(l.served_on, c.person_birth_date)))
    from tc c join tl l on l.claim_id = c.claim_id
    join kb k on k.kind = 'CHILD_ONLY' and k.code = l.code
    where c.person_birth_date is not null and k.max_age_years is not null
      and date_part('year', age(l.served_on, c.person_birth_date)) > k.max_age_years`,
  explain: (d) => ({
    zh: `第${d.line}行 ${d.code} 限${d.maxAge}岁及以下儿童使用，参保人${d.age}岁`,
    en: `line ${d.line} ${d.code} is for children aged ${d.maxAge} or under; the insured person is ${d.age}`,
  }),
};
