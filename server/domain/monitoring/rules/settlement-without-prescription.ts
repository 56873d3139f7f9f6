import type { RuleDefinition } from './rule.js';
import { linesEn, list } from './explain.js';
import { ALL_MOMENTS } from './rule.js';

/**
 * 无处方结算: a chronic-disease (门诊规定病种) settlement at a pharmacy with a drug line that names
 * no prescription. S2 (Ma'anshan, 2019): the insured person must bring a prescription written by a
 * physician of the chosen hospital to the designated pharmacy, which stamps it at the first and
 * second use and files it after the third, and refuses the chronic-disease settlement otherwise;
 * its pharmacy monitoring exists to stop 串换药品, 无处方结算 and 处方重复使用. Without a
 * prescription number the reuse rule (CHRONIC_PRESCRIPTION_REUSE) cannot count the uses, so a line
 * without one is itself the offence. Ordinary pharmacy purchases (PHARMACY_PURCHASE) are not
 * judged: over-the-counter drugs need no prescription and the catalogue does not mark which do.
 * The amount is the unprescribed drug lines' total. Seed coverage: docs/domain/seed-violation-coverage.md.
 */
export const settlementWithoutPrescription: RuleDefinition = {
  key: 'SETTLEMENT_WITHOUT_PRESCRIPTION',
  nameZh: '规定病种药店无处方结算',
  nameEn: 'Chronic-disease pharmacy settlement without prescription',
  defaults: { kind: 'VIOLATION', judgementLevel: 'CERTAIN', blocking: true, parameters: {}, violationTypeCode: 'SETTLEMENT_WITHOUT_PRESCRIPTION' },
  moments: ALL_MOMENTS,
  sql: () => `
    select c.claim_id, sum(l.amount_fen)::bigint, jsonb_build_object('lines', array_agg(l.line_no order by l.line_no))
    from tc c join tl l on l.claim_id = c.claim_id
    where c.visit_type = 'PHARMACY' and c.settlement_category = 'CHRONIC_DISEASE'
      and l.category in ('WESTERN_DRUG', 'PATENT_CHINESE_DRUG', 'HERBAL') and nullif(btrim(l.prescription_no), '') is null
    group by c.claim_id`,
  explain: (d) => ({
    zh: `门诊规定病种药店结算，第 ${list(d.lines, '、')} 行药品无处方`,
    en: `chronic-disease settlement at a pharmacy with no prescription for ${linesEn(d.lines)}`,
  }),
};
