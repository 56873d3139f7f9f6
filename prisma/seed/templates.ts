import type { AgreementKind, Comparator, IndicatorMetric, IndicatorUnit, PenaltyMeasure } from '../../server/db/generated/prisma/enums.js';

/**
 * Agreement templates: the clauses and control indicators (基金支付控制指标) each kind of
 * agreement carries. Wording follows the seeds: Ma'anshan's service agreements and its
 * re-signing on a new template (S2 (docs/domain/sources.md)), the county drug-stocking duty and monthly report
 * (S0 §1 (docs/domain/sources.md)), Zibo's annual limits for chronic disease (S0 §3 (docs/domain/sources.md)), Huai'an's purchased
 * services scope (S0 §6 (docs/domain/sources.md)). Thresholds are illustrative.
 */
export interface ClauseDef { clauseNo: string; titleZh: string; titleEn: string; bodyZh: string; bodyEn: string }
export interface IndicatorDef { metric: IndicatorMetric; comparator: Comparator; threshold: string; unit: IndicatorUnit; breachMeasure?: PenaltyMeasure }
export interface TemplateDef { templateCode: string; nameZh: string; nameEn: string; clauses: ClauseDef[]; indicators: IndicatorDef[] }

const c = (clauseNo: string, titleZh: string, titleEn: string, bodyZh: string, bodyEn: string): ClauseDef => ({ clauseNo, titleZh, titleEn, bodyZh, bodyEn });
const i = (metric: IndicatorMetric, comparator: Comparator, threshold: string, unit: IndicatorUnit, breachMeasure?: PenaltyMeasure): IndicatorDef =>
  ({ metric, comparator, threshold, unit, ...(breachMeasure ? { breachMeasure } : {}) });

const GENERAL = c('1', '总则', 'General provisions',
  '甲方为医保经办机构,乙方为定点医药机构。双方依据《社会保险法》及本统筹区医保政策订立本协议。',
  'Party A is the insurance agency, Party B the designated provider; the parties sign under the Social Insurance Law and local policy.');
const IDENTITY = c('2', '就医管理', 'Treatment management',
  '乙方应核验参保人员身份,做到人、证、卡相符,不得冒名就医、挂床住院、分解住院。',
  'Party B verifies each member’s identity (person, document and card match) and must not allow impersonation, phantom beds or split admissions.');
const SETTLEMENT = c('3', '费用结算', 'Settlement',
  '乙方应按医保支付标准和物价标准结算,不得将应由个人或其他基金支付的费用纳入基本医保。',
  'Party B bills at the payment and price standards and must not shift costs payable by members or other funds to basic insurance.');
const MONTHLY = c('4', '月报制度', 'Monthly report',
  '乙方每月向甲方报送药品采购情况,包括药品清单、生产厂家、购入渠道、进销价格。',
  'Party B reports drug purchases to Party A every month: list, manufacturer, channel, purchase and sale prices.');
const STOCKING = c('5', '目录内药品备药率', 'Formulary stocking rate',
  '乙方药品储备中医保目录内品种:西药不低于80%,中成药不低于60%;未达标者暂停医保定点资格。',
  'Formulary drugs among Party B’s stock: Western ≥ 80 %, patent Chinese ≥ 60 %; a breach suspends the designation.');
const BREACH = c('9', '违约责任', 'Liability for breach',
  '乙方违反本协议的,甲方可约谈、限期整改、拒付或追回违规费用,按违规费用的2倍核减;情节严重的暂停或解除协议,解除协议的3年内不得申请医保定点。',
  'On breach Party A may hold a formal talk, order rectification, refuse or recover payment and deduct twice the violating amount; in serious cases suspend or terminate, after which Party B may not reapply for 3 years.');
const PARTNER_SCOPE = c('1', '委托事项', 'Entrusted work',
  '乙方派驻相对固定的工作人员与甲方合署办公,承担协议约定的经办或监管事项。',
  'Party B seconds a stable team to work alongside Party A on the administration or supervision work agreed.');
const PARTNER_PAY = c('2', '考核与付费', 'Assessment and payment',
  '甲方每年对乙方进行考核,根据年终审计和考核结果确定服务费用支付方式和比例。',
  'Party A assesses Party B every year; the service fee and its share paid depend on the year-end audit and assessment.');
const PARTNER_DATA = c('3', '数据安全', 'Data security',
  '乙方对接触的参保人员个人信息和医保数据负有保密义务,不得用于协议以外用途。',
  'Party B keeps members’ personal data and fund data confidential and uses them only for this agreement.');
const PARTNER_BREACH = c('9', '违约责任', 'Liability for breach',
  '乙方考核不合格或违反保密义务的,甲方可扣减服务费用直至解除协议。',
  'If Party B fails its assessment or breaches confidentiality, Party A may withhold fees or terminate.');

const HOSPITAL_INDICATORS = [
  i('AVERAGE_COST_PER_ADMISSION', 'LTE', '980000', 'FEN'),
  i('DRUG_SHARE', 'LTE', '40', 'PERCENT'),
  i('WESTERN_DRUG_STOCKING_RATE', 'GTE', '80', 'PERCENT', 'AGREEMENT_SUSPENSION'),
  i('PATENT_CHINESE_DRUG_STOCKING_RATE', 'GTE', '60', 'PERCENT', 'AGREEMENT_SUSPENSION'),
  i('AVERAGE_LENGTH_OF_STAY', 'LTE', '10', 'DAYS'),
  i('ANNUAL_PAYMENT_LIMIT', 'LTE', '3500000000', 'FEN', 'PAYMENT_REFUSAL'),
  i('MONTHLY_REPORT_ON_TIME', 'EQ', '100', 'PERCENT', 'RECTIFICATION'),
];

export const TEMPLATES: Record<AgreementKind, TemplateDef> = {
  MEDICAL_INSTITUTION_SERVICE: {
    templateCode: 'MED-INST', nameZh: '定点医疗机构医疗服务协议', nameEn: 'Designated medical institution service agreement',
    clauses: [GENERAL, IDENTITY, SETTLEMENT, MONTHLY, STOCKING, BREACH], indicators: HOSPITAL_INDICATORS,
  },
  RETAIL_PHARMACY_SERVICE: {
    templateCode: 'PHARMACY', nameZh: '定点零售药店服务协议', nameEn: 'Designated retail pharmacy service agreement',
    clauses: [GENERAL,
      c('2', '购药管理', 'Dispensing', '乙方凭处方销售处方药,不得为参保人员结算生活用品、保健品等非医疗物品,不得个人账户套现。',
        'Party B dispenses prescription drugs only on prescription and must not settle daily goods or health foods, nor cash out personal accounts.'),
      SETTLEMENT, MONTHLY, BREACH],
    indicators: [i('AVERAGE_COST_PER_VISIT', 'LTE', '15000', 'FEN'), i('MONTHLY_REPORT_ON_TIME', 'EQ', '100', 'PERCENT', 'RECTIFICATION')],
  },
  OUTPATIENT_SERVICE: {
    templateCode: 'OUTPATIENT', nameZh: '定点门诊服务协议', nameEn: 'Designated outpatient service agreement',
    clauses: [GENERAL,
      c('2', '执业范围', 'Scope of practice', '乙方开展的诊疗项目应与卫健部门批准的执业范围一致,不得无资质人员上岗。',
        'Party B’s services stay within the licensed scope; no unqualified staff may practise.'),
      SETTLEMENT, STOCKING, BREACH],
    indicators: [i('AVERAGE_COST_PER_VISIT', 'LTE', '12000', 'FEN'), i('DRUG_SHARE', 'LTE', '50', 'PERCENT'),
      i('WESTERN_DRUG_STOCKING_RATE', 'GTE', '80', 'PERCENT', 'AGREEMENT_SUSPENSION'),
      i('PATENT_CHINESE_DRUG_STOCKING_RATE', 'GTE', '60', 'PERCENT', 'AGREEMENT_SUSPENSION')],
  },
  CHRONIC_DISEASE_SERVICE: {
    templateCode: 'CHRONIC', nameZh: '门诊慢性病(规定病种)服务协议', nameEn: 'Chronic and listed-disease outpatient service agreement',
    clauses: [GENERAL,
      c('2', '处方管理', 'Prescriptions', '病情平稳者一次开具的处方可连续使用3个月,第1、2次使用时药店盖章确认,第3次使用后存档备查。',
        'For stable patients one prescription may be used for 3 months; the pharmacy stamps it at the 1st and 2nd fill and files it after the 3rd.'),
      c('3', '限额管理', 'Annual limits', '门诊及药店发生的医药费用年度累加计算,超出年度限额部分统筹基金不予支付。',
        'Outpatient and pharmacy costs accumulate over the year; the pooled fund pays nothing above the annual limit.'),
      BREACH],
    indicators: [i('ANNUAL_PAYMENT_LIMIT', 'LTE', '600000', 'FEN', 'PAYMENT_REFUSAL'), i('AVERAGE_COST_PER_VISIT', 'LTE', '35000', 'FEN')],
  },
  MATERNITY_SERVICE: {
    templateCode: 'MATERNITY', nameZh: '生育保险定点医疗机构医疗服务协议', nameEn: 'Maternity insurance service agreement',
    clauses: [GENERAL,
      c('2', '支付范围', 'Scope of payment', '非生育保险基金支付的费用不得纳入生育保险支付;出院结算类别应与出院诊断一致。',
        'Costs outside maternity insurance must not be billed to it; the discharge settlement category must match the diagnosis.'),
      c('3', '服务质量考核', 'Service quality assessment', '甲方按《生育保险定点医疗机构服务质量考核标准》年度考核,结果与年终结算挂钩;乙方按规定上报自查报告。',
        'Party A assesses service quality yearly against the maternity standard, tied to year-end settlement; Party B files its self-inspection report.'),
      BREACH],
    indicators: [i('ASSESSMENT_SCORE', 'GTE', '90', 'POINTS', 'RECTIFICATION'), i('AVERAGE_COST_PER_ADMISSION', 'LTE', '450000', 'FEN')],
  },
  WORK_INJURY_SERVICE: {
    templateCode: 'WORK-INJURY', nameZh: '工伤保险协议医疗机构服务协议', nameEn: 'Work-injury insurance service agreement',
    clauses: [GENERAL,
      c('2', '工伤医疗管理', 'Work-injury treatment', '乙方按工伤保险诊疗目录救治,不得将非工伤费用纳入工伤保险基金。',
        'Party B treats within the work-injury catalogue and must not bill non-injury costs to the fund.'),
      BREACH],
    indicators: [i('AVERAGE_LENGTH_OF_STAY', 'LTE', '21', 'DAYS'), i('AVERAGE_COST_PER_ADMISSION', 'LTE', '1500000', 'FEN')],
  },
  CRITICAL_ILLNESS_INSURANCE: {
    templateCode: 'CRITICAL-ILLNESS', nameZh: '大病补充保险(统筹金再保险)承办协议', nameEn: 'Critical-illness supplementary insurance (reinsurance) agreement',
    clauses: [PARTNER_SCOPE, PARTNER_PAY,
      c('4', '赔付与结算', 'Claims and settlement', '乙方按约定比例承担统筹基金超过再保险起付线部分的赔付,按月与甲方结算。',
        'Party B bears the agreed share of pooled-fund spending above the reinsurance attachment point, settled monthly.'),
      PARTNER_DATA, PARTNER_BREACH],
    indicators: [i('ASSESSMENT_SCORE', 'GTE', '85', 'POINTS', 'DEDUCTION')],
  },
  INVESTIGATION_ENTRUSTMENT: {
    templateCode: 'INVESTIGATION', nameZh: '外伤调查及大额住院真实性勘查委托协议', nameEn: 'Trauma and high-cost admission investigation entrustment',
    clauses: [PARTNER_SCOPE,
      c('4', '调查时限', 'Investigation deadline', '乙方应在受托后10个工作日内完成外伤调查,核实是否存在第三方责任。',
        'Party B completes a trauma investigation within 10 working days of referral and establishes any third-party liability.'),
      PARTNER_PAY, PARTNER_DATA, PARTNER_BREACH],
    indicators: [i('ASSESSMENT_SCORE', 'GTE', '80', 'POINTS', 'DEDUCTION')],
  },
  ADMINISTRATION_SERVICE: {
    templateCode: 'ADMIN-SERVICE', nameZh: '基本医疗保险经办服务合作协议(社商合作)', nameEn: 'Basic insurance administration services contract (public–commercial cooperation)',
    clauses: [PARTNER_SCOPE, PARTNER_PAY, PARTNER_DATA, PARTNER_BREACH],
    indicators: [i('ASSESSMENT_SCORE', 'GTE', '85', 'POINTS', 'DEDUCTION')],
  },
  SUPERVISION_SERVICE: {
    templateCode: 'SUPERVISION', nameZh: '基本医保“共管联办”监管服务合同', nameEn: "Fund supervision services contract ('joint management')",
    clauses: [PARTNER_SCOPE, PARTNER_PAY, PARTNER_DATA, PARTNER_BREACH],
    indicators: [i('ASSESSMENT_SCORE', 'GTE', '85', 'POINTS', 'DEDUCTION')],
  },
};
