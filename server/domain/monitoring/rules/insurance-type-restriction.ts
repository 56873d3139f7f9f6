import type { RuleDefinition } from './rule.js';
import { insuranceEn, insuranceZh, list } from './explain.js';
import { ALL_MOMENTS } from './rule.js';

/** National batch 3: drugs restricted to work-injury or maternity insurance (限工伤/生育保险). */
export const insuranceTypeRestriction: RuleDefinition = {
  key: 'INSURANCE_TYPE_RESTRICTION',
  nameZh: '限工伤、生育保险用药',
  nameEn: 'Drug restricted to work-injury or maternity insurance',
  defaults: { kind: 'VIOLATION', judgementLevel: 'CERTAIN', blocking: true, parameters: {}, violationTypeCode: 'COSTS_SHIFTED_TO_BASIC_INSURANCE' },
  moments: ALL_MOMENTS,
  sql: () => `
    select c.claim_id, l.amount_fen, jsonb_build_object('line', l.line_no, 'code', l.code, 'allowed', k.insurance_types, 'insuranceType', c.insurance_type)
    from tc c join tl l on l.claim_id = c.claim_id
    join kb k on k.kind = 'INSURANCE_TYPE_RESTRICTION' and k.code = l.code
    where cardinality(k.insurance_types) > 0 and not (c.insurance_type = any(k.insurance_types))`,
  explain: (d) => ({
    zh: `第${d.line}行 ${d.code} 限${list((d.allowed as unknown[] | undefined)?.map(insuranceZh), '、')}支付，本次为${insuranceZh(d.insuranceType)}`,
    en: `line ${d.line} ${d.code} is paid only by ${list((d.allowed as unknown[] | undefined)?.map(insuranceEn), ' or ')}; this claim is ${insuranceEn(d.insuranceType)}`,
  }),
};
