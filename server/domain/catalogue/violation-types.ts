import {
  PenaltyTarget,
  ViolationCategory,
  type PenaltyTarget as PenaltyTargetT,
  type ViolationCategory as ViolationCategoryT,
} from '../../db/generated/prisma/enums.js';

/**
 * 违规行为 catalogue, carried as data so that findings, audit rules and the UI share one
 * vocabulary. Source: docs/domain/ "Catalogue from the seeds", itself drawn from the
 * Weifang outpatient pledge (S0 §3 (docs/domain/sources.md)), the Yantai and Jiangmen articles (S0 (docs/domain/sources.md)), the
 * Ma'anshan quarterly (S2 (docs/domain/sources.md)) and the county smart-monitoring report (S4 (docs/domain/sources.md)).
 * Codes are stable identifiers: never rename one, add a new code instead.
 */
export interface ViolationTypeDef {
  code: string;
  nameZh: string;
  nameEn: string;
  category: ViolationCategoryT;
  appliesTo: PenaltyTargetT[];
  descriptionZh: string;
  descriptionEn: string;
}

const { PROVIDER, PHYSICIAN, INSURED_PERSON } = PenaltyTarget;
const C = ViolationCategory;

export const VIOLATION_TYPES: readonly ViolationTypeDef[] = [
  {
    code: 'PRACTICE_BEYOND_LICENCE', nameZh: '超范围执业', nameEn: 'Practice beyond licence scope',
    category: C.QUALIFICATION, appliesTo: [PROVIDER, PHYSICIAN],
    descriptionZh: '开展的诊疗项目与卫健部门批准的执业范围不一致。',
    descriptionEn: 'Services provided outside the scope approved by the health authority.',
  },
  {
    code: 'UNQUALIFIED_STAFF', nameZh: '无资质人员上岗', nameEn: 'Unqualified staff on duty',
    category: C.QUALIFICATION, appliesTo: [PROVIDER],
    descriptionZh: '无执业资质人员从事诊疗或药学服务。',
    descriptionEn: 'Staff without the required qualification deliver medical or pharmacy services.',
  },
  {
    code: 'INSURANCE_CARD_MISUSE', nameZh: '扣留、盗刷、空刷社保卡', nameEn: 'Misuse of insurance cards',
    category: C.CARD_MISUSE, appliesTo: [PROVIDER],
    descriptionZh: '扣留参保人社会保障卡,或盗刷、空刷社保卡结算。',
    descriptionEn: 'Retaining members’ cards, or swiping them without a real service.',
  },
  {
    code: 'IMPERSONATION', nameZh: '冒名就医/冒名住院', nameEn: 'Impersonation (treatment or admission)',
    category: C.CARD_MISUSE, appliesTo: [PROVIDER, INSURED_PERSON],
    descriptionZh: '以他人身份就医或住院并由医保基金结算。',
    descriptionEn: 'Treatment or admission under another member’s identity, billed to the fund.',
  },
  {
    code: 'USE_OF_ANOTHER_PERSONS_CARD', nameZh: '使用他人医保卡', nameEn: 'Use of another person’s insurance card',
    category: C.CARD_MISUSE, appliesTo: [PROVIDER, PHYSICIAN, INSURED_PERSON],
    descriptionZh: '持他人医保卡就医购药,或将本人医保卡转借他人。',
    descriptionEn: 'Using someone else’s card, or lending one’s own card to others.',
  },
  {
    code: 'PHANTOM_BED_OCCUPANCY', nameZh: '挂床住院', nameEn: 'Phantom bed occupancy',
    category: C.HOSPITALISATION, appliesTo: [PROVIDER],
    descriptionZh: '参保人办理住院但未实际在院治疗。',
    descriptionEn: 'A member is admitted on paper but not actually treated in the ward.',
  },
  {
    code: 'SPLIT_ADMISSIONS', nameZh: '分解住院', nameEn: 'Split admissions',
    category: C.HOSPITALISATION, appliesTo: [PROVIDER],
    descriptionZh: '将一次住院拆分为多次办理出入院以多收费用。',
    descriptionEn: 'One stay is split into several admissions to bill more.',
  },
  {
    code: 'OVER_SERVICING', nameZh: '过度检查、过度治疗、过度用药', nameEn: 'Over-servicing',
    category: C.OVER_SERVICING, appliesTo: [PROVIDER, PHYSICIAN],
    descriptionZh: '超出病情需要的检查、治疗或用药。',
    descriptionEn: 'Tests, treatment or drugs beyond what the condition requires.',
  },
  {
    code: 'MEDICATION_WITHOUT_INDICATION', nameZh: '无指征用药', nameEn: 'Medication without indication',
    category: C.OVER_SERVICING, appliesTo: [PROVIDER, PHYSICIAN],
    descriptionZh: '诊断不支持所用药品的适应症。',
    descriptionEn: 'The diagnosis does not support the drug prescribed.',
  },
  {
    code: 'EXCESSIVE_QUANTITY_OR_DOSAGE', nameZh: '超量、超剂量用药', nameEn: 'Excessive quantity or dosage',
    category: C.OVER_SERVICING, appliesTo: [PROVIDER, PHYSICIAN, INSURED_PERSON],
    descriptionZh: '单次或累计开药量、剂量超过规定。',
    descriptionEn: 'Quantity or dose dispensed exceeds the permitted amount.',
  },
  {
    code: 'BILLING_SUBSTITUTION', nameZh: '串换药品、串换诊疗项目', nameEn: 'Billing substitution of drugs or items',
    category: C.BILLING, appliesTo: [PROVIDER, INSURED_PERSON],
    descriptionZh: '以目录内药品或项目名义结算目录外药品、项目或物品。',
    descriptionEn: 'Billing a covered drug or item while supplying something else.',
  },
  {
    code: 'INFLATED_BILLING', nameZh: '虚计多记费用', nameEn: 'Inflated or fictitious charges',
    category: C.BILLING, appliesTo: [PROVIDER],
    descriptionZh: '虚记、多记诊疗费、药费或一般诊疗费。',
    descriptionEn: 'Charges recorded for services not given, or recorded more than once.',
  },
  {
    code: 'CHARGE_ABOVE_PAYMENT_STANDARD', nameZh: '超医保支付标准收费', nameEn: 'Charging above the payment standard',
    category: C.BILLING, appliesTo: [PROVIDER],
    descriptionZh: '未执行医疗服务项目价格公示标准,超医保支付标准收费。',
    descriptionEn: 'Prices above the published insurance payment standard.',
  },
  {
    code: 'ESSENTIAL_DRUG_MARKUP', nameZh: '基本药物违规加成', nameEn: 'Illegal mark-up on essential drugs',
    category: C.BILLING, appliesTo: [PROVIDER],
    descriptionZh: '公立及社区机构对基本药物违规加成销售。',
    descriptionEn: 'Public or community providers sell essential drugs with a forbidden mark-up.',
  },
  {
    code: 'PERSONAL_ACCOUNT_CASH_OUT', nameZh: '个人账户套现、购买非医疗物品', nameEn: 'Personal-account cash-out or non-medical goods',
    category: C.SETTLEMENT, appliesTo: [PROVIDER, INSURED_PERSON],
    descriptionZh: '利用个人账户套取现金,或结算保健品、化妆品、生活用品等非医疗物品。',
    descriptionEn: 'Cashing out the personal account or settling health foods, cosmetics or daily goods.',
  },
  {
    code: 'SETTLEMENT_FOR_NON_DESIGNATED', nameZh: '为非定点机构结算或出借结算设备', nameEn: 'Settling for non-designated providers',
    category: C.SETTLEMENT, appliesTo: [PROVIDER],
    descriptionZh: '为非定点医药机构提供医保结算,或出借结算设备。',
    descriptionEn: 'Settling claims for a non-designated provider or lending it settlement equipment.',
  },
  {
    code: 'OFFLINE_TREATMENT', nameZh: '就医不联网', nameEn: 'Treatment not recorded online',
    category: C.SETTLEMENT, appliesTo: [PROVIDER],
    descriptionZh: '参保人员就医未通过医保信息系统联网登记结算。',
    descriptionEn: 'Visits not registered and settled through the insurance network.',
  },
  {
    code: 'NONSTANDARD_RECORDS', nameZh: '处方、病历书写不规范', nameEn: 'Non-standard prescriptions or records',
    category: C.DOCUMENTATION, appliesTo: [PROVIDER, PHYSICIAN],
    descriptionZh: '就诊登记、门诊病历、处方书写不符合规范。',
    descriptionEn: 'Registration, outpatient records or prescriptions not written to standard.',
  },
  {
    code: 'FALSE_PRESCRIPTION', nameZh: '虚假处方', nameEn: 'False prescription',
    category: C.PRESCRIPTION, appliesTo: [PROVIDER, PHYSICIAN, INSURED_PERSON],
    descriptionZh: '虚开处方套取医保基金。',
    descriptionEn: 'Prescriptions written without a real consultation to draw on the fund.',
  },
  {
    code: 'PRESCRIPTION_REUSE', nameZh: '处方重复使用', nameEn: 'Prescription reused beyond its validity',
    category: C.PRESCRIPTION, appliesTo: [PROVIDER, INSURED_PERSON],
    descriptionZh: '规定病种处方超过有效期(3个月、3次)或未盖章确认仍使用。',
    descriptionEn: 'Chronic-disease prescription used beyond 3 months / 3 fills or without the pharmacy stamp.',
  },
  {
    code: 'SETTLEMENT_WITHOUT_PRESCRIPTION', nameZh: '无处方结算', nameEn: 'Settlement without prescription',
    category: C.PRESCRIPTION, appliesTo: [PROVIDER],
    descriptionZh: '处方药未凭处方即按医保结算。',
    descriptionEn: 'Prescription-only drugs settled without a prescription.',
  },
  {
    code: 'DUPLICATE_SAME_INDICATION_PURCHASE', nameZh: '重复配购适应症相同药品', nameEn: 'Duplicate purchase of same-indication drugs',
    category: C.PRESCRIPTION, appliesTo: [INSURED_PERSON, PROVIDER],
    descriptionZh: '在多处重复配购适应症相同的药品。',
    descriptionEn: 'Buying drugs for the same indication repeatedly at several places.',
  },
  {
    code: 'FALSIFIED_CONDITION_OR_DOCUMENTS', nameZh: '伪造病情、虚假证明材料', nameEn: 'Falsified condition or documents',
    category: C.DOCUMENTATION, appliesTo: [PROVIDER, PHYSICIAN, INSURED_PERSON],
    descriptionZh: '伪造、变造病情或出具虚假证明材料骗取医保待遇。',
    descriptionEn: 'Faking a condition or supplying false documents to obtain benefits.',
  },
  {
    code: 'COSTS_SHIFTED_TO_BASIC_INSURANCE', nameZh: '将应由个人或其他基金支付的费用纳入基本医保', nameEn: 'Costs shifted to basic insurance',
    category: C.SETTLEMENT, appliesTo: [PROVIDER],
    descriptionZh: '将应由个人、生育保险或其他基金支付的费用纳入基本医保支付。',
    descriptionEn: 'Costs payable by the member, maternity insurance or another fund billed to basic insurance.',
  },
  {
    code: 'ITEM_MAPPING_ERROR', nameZh: '诊疗项目、中草药对照错误', nameEn: 'Item or herbal-medicine mapping error',
    category: C.BILLING, appliesTo: [PROVIDER],
    descriptionZh: '诊疗项目或中草药未按规定与医保目录正确对照。',
    descriptionEn: 'Treatment items or herbal medicines mapped to the wrong catalogue entries.',
  },
  {
    code: 'SETTLEMENT_CATEGORY_MISMATCH', nameZh: '出院结算类别与诊断不符', nameEn: 'Settlement category does not match diagnosis',
    category: C.SETTLEMENT, appliesTo: [PROVIDER],
    descriptionZh: '出院结算类别与出院诊断不一致。',
    descriptionEn: 'The discharge settlement category contradicts the discharge diagnosis.',
  },
  {
    code: 'SELF_INSPECTION_REPORT_MISSING', nameZh: '未按规定上报自查报告', nameEn: 'Self-inspection report not filed',
    category: C.REPORTING, appliesTo: [PROVIDER],
    descriptionZh: '未按协议约定上报医保管理自查报告。',
    descriptionEn: 'The self-inspection report required by the agreement was not filed.',
  },
  {
    code: 'MONTHLY_REPORT_NOT_FILED', nameZh: '未按规定报送月报', nameEn: 'Monthly report not filed as required',
    category: C.REPORTING, appliesTo: [PROVIDER],
    descriptionZh: '定点零售药店、诊所未在医保经办机构规定的期限内报送当月药品购进情况(月报制)。',
    descriptionEn: 'A designated pharmacy or clinic did not file the month’s drug purchases by the insurer’s deadline.',
  },
  {
    // The agreement makes the stock share a condition of designation ("违者暂停医保定点资格",
    // Huai'an §三 (S0)): no category of its own, so it sits with the designation conditions.
    code: 'STOCKING_RATE_SHORTFALL', nameZh: '备药率不达标', nameEn: 'Formulary stocking rate below the agreement',
    category: C.QUALIFICATION, appliesTo: [PROVIDER],
    descriptionZh: '定点医药机构储备的医保目录内药品品种占比(西药、中成药备药率)低于协议约定。',
    descriptionEn: 'The share of formulary drugs kept in stock (Western, patent Chinese) is below the agreed rate.',
  },
  {
    code: 'SIGN_IN_RECORD_MISMATCH', nameZh: '多点执业签到时间与医疗文书不一致', nameEn: 'Multi-site sign-in inconsistent with records',
    category: C.DOCUMENTATION, appliesTo: [PHYSICIAN, PROVIDER],
    descriptionZh: '多点执业医师上岗、离岗时间与医疗文书记录不一致,其服务时间内费用拒付。',
    descriptionEn: 'A multi-site physician’s sign-in/out times contradict medical records; fees in that time are refused.',
  },
  {
    code: 'THIRD_PARTY_LIABILITY_CLAIMED', nameZh: '意外伤害有第三方责任仍报销', nameEn: 'Injury with third-party liability billed to the fund',
    category: C.THIRD_PARTY_LIABILITY, appliesTo: [PROVIDER, INSURED_PERSON],
    descriptionZh: '意外伤害存在第三方责任人,仍由医保基金报销。',
    descriptionEn: 'An accidental injury with a liable third party was reimbursed by the fund.',
  },
] as const;

export const VIOLATION_TYPE_CODES: readonly string[] = VIOLATION_TYPES.map((v) => v.code);

export function findViolationType(code: string): ViolationTypeDef | undefined {
  return VIOLATION_TYPES.find((v) => v.code === code);
}
