import {
  RuleKind,
  RuleStage,
  type RuleKind as RuleKindT,
  type RuleStage as RuleStageT,
} from '../../db/generated/prisma/enums.js';

/**
 * A starter set of smart-monitoring rules (智能审核规则), as data. The county in S4 (docs/domain/sources.md) ran
 * 40 rules (11 suspicious 可疑, 29 violation 违规) in three moments: before (事前提醒: warn
 * the doctor), during (事中拦截: block the settlement), after (事后审核: review, refuse pay).
 * The chronic-prescription rule comes from Ma'anshan's 2019 notice (S2 (docs/domain/sources.md)): a prescription
 * may be used for 3 months, stamped at the 1st and 2nd use and filed after the 3rd.
 * An insurer adopts a rule under its own code (`<insurer>-<rule>`) and may tune `parameters`.
 */
export interface AuditRuleDef {
  code: string;
  nameZh: string;
  nameEn: string;
  kind: RuleKindT;
  stages: RuleStageT[];
  /** The catalogue violation a confirmed hit becomes a finding of. */
  violationTypeCode: string;
  parameters: Record<string, unknown>;
  descriptionZh: string;
  descriptionEn: string;
}

const { BEFORE, DURING, AFTER } = RuleStage;

export const AUDIT_RULES: readonly AuditRuleDef[] = [
  {
    code: 'QUANTITY_OVER_LIMIT', nameZh: '单次开药超量', nameEn: 'Quantity over limit',
    kind: RuleKind.VIOLATION, stages: [BEFORE, DURING, AFTER],
    violationTypeCode: 'EXCESSIVE_QUANTITY_OR_DOSAGE',
    // The days limit the running rule applies (server/domain/monitoring/rules/quantity-over-limit.ts):
    // a knowledge entry's own limit, stretched for a chronic-disease long prescription (长处方) to 12 weeks.
    parameters: { longPrescriptionDays: 84 },
    descriptionZh: '单张处方药量超过知识库规定的数量或天数;慢性病、门诊规定病种的长处方最长12周(84天)。',
    descriptionEn: 'Quantity or days of supply on one prescription exceed the knowledge base limit; a long prescription for a chronic or listed disease may run up to 12 weeks (84 days).',
  },
  {
    code: 'DUPLICATE_BILLING', nameZh: '重复收费', nameEn: 'Duplicate billing',
    kind: RuleKind.VIOLATION, stages: [DURING, AFTER],
    violationTypeCode: 'INFLATED_BILLING',
    parameters: { sameItemSameDayMax: 1, itemsExempt: ['一般诊疗费分次收取除外'] },
    descriptionZh: '同一参保人同日同一项目重复计费;同日另一科室(另一医师)的再次就诊不属重复。',
    descriptionEn: 'The same item billed more than once for one member on one day; a second consultation that day with another department (another doctor) is no repeat.',
  },
  {
    code: 'DRUG_DIAGNOSIS_MISMATCH', nameZh: '药品与诊断不符', nameEn: 'Drug–diagnosis mismatch',
    kind: RuleKind.SUSPICIOUS, stages: [BEFORE, AFTER],
    violationTypeCode: 'MEDICATION_WITHOUT_INDICATION',
    parameters: { restrictedDrugListVersion: '2018', requireIcd10Match: true },
    descriptionZh: '限定支付范围药品的使用与诊断(ICD-10)不符。',
    descriptionEn: 'A drug with a restricted indication is billed without a matching ICD-10 diagnosis.',
  },
  {
    code: 'ITEM_NOT_COVERED', nameZh: '非医保目录项目结算', nameEn: 'Item not covered',
    kind: RuleKind.VIOLATION, stages: [DURING, AFTER],
    violationTypeCode: 'COSTS_SHIFTED_TO_BASIC_INSURANCE',
    parameters: { catalogue: 'basic-medical-insurance', includeHerbalMapping: true },
    descriptionZh: '目录外药品、诊疗项目或非医疗物品纳入统筹结算。',
    descriptionEn: 'Drugs, items or goods outside the catalogue settled against the pooled fund.',
  },
  {
    code: 'LENGTH_OF_STAY_ANOMALY', nameZh: '住院天数异常(疑似挂床)', nameEn: 'Length-of-stay anomaly (possible phantom bed)',
    kind: RuleKind.SUSPICIOUS, stages: [AFTER],
    violationTypeCode: 'PHANTOM_BED_OCCUPANCY',
    parameters: { minDaysWithoutOrders: 2, maxDailyCostFenBelow: 5000, compareToDrgAverageFactor: 2 },
    descriptionZh: '住院期间连续多日无医嘱、无治疗费用,或住院日显著长于同病种均值。',
    descriptionEn: 'Several inpatient days with no orders or treatment cost, or a stay far above the diagnosis average.',
  },
  {
    code: 'READMISSION_WITHIN_DAYS', nameZh: '短期内再次入院(疑似分解住院)', nameEn: 'Readmission within N days (possible split admission)',
    kind: RuleKind.SUSPICIOUS, stages: [DURING, AFTER],
    violationTypeCode: 'SPLIT_ADMISSIONS',
    parameters: { days: 15, sameProvider: true, sameDiagnosisGroup: true },
    descriptionZh: '同一参保人出院后15日内以相同诊断在同一机构再次入院;恶性肿瘤放化疗、透析等分疗程治疗除外。',
    descriptionEn: 'The same member is readmitted to the same provider with the same diagnosis within 15 days; planned courses (chemotherapy, radiotherapy, dialysis) excepted.',
  },
  {
    code: 'SETTLEMENT_CATEGORY_VS_DIAGNOSIS', nameZh: '结算类别与诊断不符', nameEn: 'Settlement category vs diagnosis',
    kind: RuleKind.VIOLATION, stages: [AFTER],
    violationTypeCode: 'SETTLEMENT_CATEGORY_MISMATCH',
    parameters: { categories: ['普通住院', '生育住院', '工伤住院', '规定病种'] },
    descriptionZh: '出院结算类别(如生育、工伤、普通住院)与出院诊断不一致。',
    descriptionEn: 'Discharge settlement category (maternity, work injury, general) contradicts the diagnosis.',
  },
  {
    code: 'PRESCRIPTION_REUSED_TOO_OFTEN', nameZh: '规定病种处方超次/超期使用', nameEn: 'Chronic prescription reused more than allowed',
    kind: RuleKind.VIOLATION, stages: [DURING],
    violationTypeCode: 'PRESCRIPTION_REUSE',
    parameters: { validityMonths: 3, maxUses: 3, stampRequiredOnUses: [1, 2] },
    descriptionZh: '规定病种处方有效期3个月,第1、2次使用须药店盖章确认,第3次使用后存档;超出即拦截。',
    descriptionEn: 'A chronic-disease prescription is valid 3 months, stamped at the 1st and 2nd fill and filed after the 3rd; more is blocked.',
  },
] as const;
