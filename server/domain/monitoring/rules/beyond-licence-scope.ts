import type { RuleDefinition } from './rule.js';
import { linesEn, list } from './explain.js';
import { ALL_MOMENTS, codePrefixes } from './rule.js';

/**
 * 超范围执业 / 超范围治疗: a provider billing care its kind of licence does not allow. S0's
 * outpatient pledge names first 定点门诊开展的诊疗项目与卫健部门批准执业范围不一致 (practice
 * beyond the licensed scope) and S4's after-settlement review refused payment for 超范围治疗.
 * What the hub knows of a licence is the provider's kind, so it judges the two cases the kind
 * decides alone:
 * - an inpatient stay at a provider without inpatient beds: a clinic (诊所), an outpatient
 *   department (门诊部), a village clinic (村卫生室) or a retail pharmacy; the amount is the
 *   claim's fund payment (the whole stay is outside the licence);
 * - a diagnosis or treatment item (SERVICE_ITEM) at a retail pharmacy, which may only dispense;
 *   the amount is those lines' total. Drugs, materials and goods are a pharmacy's trade. Where
 *   the insurer lets pharmacies charge a service (a herbal decoction fee, 代煎费), it names the
 *   catalogue code prefixes in `pharmacyServicePrefixes` (none by default).
 * Items outside a hospital's or clinic's approved list of services need that list, which the
 * hub does not hold; they are left to inspection. Seed coverage: docs/domain/seed-violation-coverage.md.
 */
export const beyondLicenceScope: RuleDefinition = {
  key: 'BEYOND_LICENCE_SCOPE',
  nameZh: '超执业范围诊疗',
  nameEn: 'Care beyond the provider’s licence',
  defaults: { kind: 'VIOLATION', judgementLevel: 'CERTAIN', blocking: true, parameters: { pharmacyServicePrefixes: [] }, violationTypeCode: 'PRACTICE_BEYOND_LICENCE' },
  parameterSchema: { pharmacyServicePrefixes: codePrefixes() },
  moments: ALL_MOMENTS,
  sql: (s) => `
    select c.claim_id, c.fund_fen, jsonb_build_object('providerKind', p.kind::text, 'inpatient', true)
    from tc c join "Provider" p on p.id = c.provider_id
    where c.visit_type = 'INPATIENT' and p.kind in ('CLINIC', 'OUTPATIENT_DEPARTMENT', 'VILLAGE_CLINIC', 'RETAIL_PHARMACY')
    union all
    select c.claim_id, sum(l.amount_fen)::bigint,
      jsonb_build_object('providerKind', p.kind::text, 'inpatient', false, 'lines', array_agg(l.line_no order by l.line_no), 'codes', array_agg(l.code order by l.line_no))
    from tc c join "Provider" p on p.id = c.provider_id join tl l on l.claim_id = c.claim_id
    where c.visit_type <> 'INPATIENT' and p.kind = 'RETAIL_PHARMACY' and l.category = 'SERVICE_ITEM'
      and not (l.code like any (select x || '%' from unnest(${s.paramList('pharmacyServicePrefixes')}) x))
    group by c.claim_id, p.kind`,
  explain: (d) => {
    const [zh, en] = KIND[String(d.providerKind)] ?? [String(d.providerKind), String(d.providerKind)];
    return d.inpatient
      ? { zh: `${zh}无住院床位，不得办理住院结算`, en: `a ${en} has no inpatient beds and may not settle a stay` }
      : {
          zh: `${zh}仅可售药，不得收取诊疗项目费用（第 ${list(d.lines, '、')} 行 ${list(d.codes, '、')}）`,
          en: `a ${en} may only dispense, not charge for diagnosis or treatment (${linesEn(d.lines)} ${list(d.codes, ', ')})`,
        };
  },
};

const KIND: Record<string, [string, string]> = {
  CLINIC: ['诊所', 'clinic'],
  OUTPATIENT_DEPARTMENT: ['门诊部', 'outpatient department'],
  VILLAGE_CLINIC: ['村卫生室', 'village clinic'],
  RETAIL_PHARMACY: ['定点零售药店', 'retail pharmacy'],
};
