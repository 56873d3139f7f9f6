import type {
  FindingSource, FindingStatus, InsuredSuspensionScope, PenaltyMeasure, PenaltyStatus, PenaltyTarget,
} from '../../server/db/generated/prisma/enums.js';

/**
 * Findings and penalties. Cases named in S2 (docs/domain/sources.md) (Ma'anshan 2019 Q1) keep their real
 * provider and amounts: Yaojiazhai (falsified condition → termination, 3-year ban), Husong
 * (non-standard prescriptions, 13,000 yuan), Kanghao (another person's card, 7,204 yuan).
 * Where a seed gives only a total for unnamed providers (the 2018 maternity review: 36,430
 * yuan deducted at 2× = 72,860 across 15 hospitals; the smart-monitoring 145,000; the audit's
 * split admissions 140,000) the case sits on an invented 示例 provider.
 */
export interface FindingDef {
  key: string; agreement: string; provider: string; vt: string; source: FindingSource; yuan: number; found: string;
  from?: string; to?: string; status: FindingStatus; physician?: string; insured?: string; partner?: string; tipOff?: string;
  desc: string; evidence: string[];
}
export interface PenaltyDef {
  key: string; finding: string; target: PenaltyTarget; measure: PenaltyMeasure; status: PenaltyStatus; issued: string;
  base?: number; multiple?: number; months?: number; from?: string; until?: string; rectDue?: string;
  basis: string; clause?: string; notes?: string; physician?: string; insured?: string;
  /** An insured person's suspension: all direct settlement (the default) or chronic-disease pharmacy claims only. */
  scope?: InsuredSuspensionScope;
}

const MAS_MED = '《马鞍山市基本医疗保险定点医疗机构医保服务协议书》';
const MAS_MAT = '《马鞍山市生育保险定点医疗机构医疗服务协议书》及《生育保险定点医疗机构服务质量考核标准》';
const AH_RULES = '《安徽省基本医疗保险监督管理暂行办法》';
const REG = '《医疗保障基金使用监督管理条例》及定点医药机构服务协议';

export const FINDINGS: FindingDef[] = [
  { key: 'f-yjz', agreement: 'mas-yaojiazhai', provider: 'mas-yaojiazhai', vt: 'FALSIFIED_CONDITION_OR_DOCUMENTS', source: 'ON_SITE_INSPECTION', yuan: 0,
    found: '2019-02-18', status: 'CLOSED', desc: '日常现场检查发现某住院病人存在伪造病情(违规金额未公布)。', evidence: ['现场检查笔录', '住院病历复印件'] },
  { key: 'f-husong', agreement: 'mas-husong', provider: 'mas-husong', vt: 'NONSTANDARD_RECORDS', source: 'ON_SITE_INSPECTION', yuan: 13000,
    found: '2019-02-20', from: '2018-07-01', to: '2018-12-31', status: 'CLOSED', physician: 'doc-hu', desc: '处方书写不规范,追回并核减医保违规费用1.3万元。', evidence: ['处方抽查记录'] },
  { key: 'f-herbal', agreement: 'mas-demo-tcm', provider: 'mas-demo-tcm', vt: 'ITEM_MAPPING_ERROR', source: 'SMART_MONITORING', yuan: 96500,
    found: '2019-03-05', from: '2018-01-01', to: '2018-12-31', status: 'CLOSED', desc: '智能监控提示:中草药未按规定正确对照(示例:种子材料为多家机构合计14.5万元)。', evidence: ['智能审核疑点清单', '2018年结算数据比对表'] },
  { key: 'f-shift', agreement: 'mas-demo-tcm', provider: 'mas-demo-tcm', vt: 'COSTS_SHIFTED_TO_BASIC_INSURANCE', source: 'SMART_MONITORING', yuan: 48500,
    found: '2019-03-05', from: '2018-01-01', to: '2018-12-31', status: 'CLOSED', desc: '将应由个人支付或生育保险支付的费用纳入基本医疗保险支付。', evidence: ['智能审核疑点清单'] },
  { key: 'f-split', agreement: 'mas-demo-hospital', provider: 'mas-demo-hospital', vt: 'SPLIT_ADMISSIONS', source: 'AUDIT', yuan: 140000,
    found: '2019-03-12', from: '2017-01-01', to: '2017-12-31', status: 'CLOSED', desc: '依据2017年基金审计报告调阅病历,发现分解住院,追回已支付基金14万元。', evidence: ['2017年基金审计报告', '病历调阅记录'] },
  { key: 'f-kanghao', agreement: 'mas-kanghao', provider: 'mas-kanghao', vt: 'USE_OF_ANOTHER_PERSONS_CARD', source: 'TIP_OFF', yuan: 7204, tipOff: 'tip-kanghao',
    found: '2019-03-20', status: 'CLOSED', physician: 'doc-chen', insured: 'ins-3', desc: '举报线索经现场检查属实:违规使用他人医保卡,个人账户支付7204元。', evidence: ['举报信', '现场检查笔录', '个人账户消费明细'] },
  { key: 'f-maternity', agreement: 'mas-demo-maternity', provider: 'mas-demo-maternity', vt: 'COSTS_SHIFTED_TO_BASIC_INSURANCE', source: 'ON_SITE_INSPECTION', yuan: 36430,
    found: '2019-03-29', from: '2018-01-01', to: '2018-12-31', status: 'CLOSED',
    desc: '2018年度生育保险考核:将非生育保险基金支付的费用纳入生育保险支付,扣回违规费用并按2倍核减共计72860元(示例:种子材料为15家机构合计数)。',
    evidence: ['生育保险服务质量考核评分表', '现场稽核记录', '网上检查记录'] },
  { key: 'f-maternity-mapping', agreement: 'mas-demo-maternity', provider: 'mas-demo-maternity', vt: 'ITEM_MAPPING_ERROR', source: 'ON_SITE_INSPECTION', yuan: 0,
    found: '2019-03-29', status: 'CLOSED', desc: '部分诊疗项目比对错误。', evidence: ['项目对照检查表'] },
  { key: 'f-maternity-category', agreement: 'mas-demo-maternity', provider: 'mas-demo-maternity', vt: 'SETTLEMENT_CATEGORY_MISMATCH', source: 'SMART_MONITORING', yuan: 0,
    found: '2019-03-29', status: 'CLOSED', desc: '出院结算类别和出院诊断不符。', evidence: ['智能审核疑点清单'] },
  { key: 'f-maternity-report', agreement: 'mas-demo-maternity', provider: 'mas-demo-maternity', vt: 'SELF_INSPECTION_REPORT_MISSING', source: 'ON_SITE_INSPECTION', yuan: 0,
    found: '2019-03-29', status: 'CLOSED', desc: '未按规定上报生育保险管理自查报告。', evidence: [] },
  { key: 'f-demo-pharmacy', agreement: 'mas-demo-pharmacy', provider: 'mas-demo-pharmacy', vt: 'PERSONAL_ACCOUNT_CASH_OUT', source: 'RANDOM_INSPECTION', yuan: 23860,
    found: '2026-09-10', from: '2026-01-01', to: '2026-08-31', status: 'PENALISED', desc: '“双随机、一公开”检查:对比药店内部计算机系统与医保结算系统数据,发现为参保人员结算生活用品。', evidence: ['药店进销存数据', '医保结算数据比对表'] },
  { key: 'f-chronic', agreement: 'mas-baozhilin-chronic', provider: 'mas-baozhilin', vt: 'PRESCRIPTION_REUSE', source: 'SMART_MONITORING', yuan: 1860,
    found: '2026-02-20', status: 'CLOSED', insured: 'ins-1', desc: '参保人员规定病种处方超过3个月仍重复使用,系统拦截并暂停其规定病种定点药店结算1年。', evidence: ['处方盖章记录'] },
  { key: 'f-signin', agreement: 'mas-demo-hospital', provider: 'mas-demo-hospital', vt: 'SIGN_IN_RECORD_MISMATCH', source: 'ON_SITE_INSPECTION', yuan: 2150,
    found: '2026-11-05', from: '2026-10-17', to: '2026-10-17', status: 'PENALISED', physician: 'doc-wang', desc: '多点执业医师离岗登记10:00,门诊病历显示其10:00后仍有诊疗记录,拒付其服务时间内医疗费用。', evidence: ['签到登记表', '门诊日志'] },
  { key: 'f-yt-phantom', agreement: 'yt-hospital', provider: 'yt-demo-hospital', vt: 'PHANTOM_BED_OCCUPANCY', source: 'SMART_MONITORING', yuan: 58300,
    found: '2026-10-08', from: '2026-06-01', to: '2026-09-30', status: 'PENALISED', insured: 'ins-8', desc: '智能监控提示住院期间连续无医嘱,移动查房核实病人不在院,确认挂床住院。', evidence: ['移动查房照片', '医嘱记录'] },
  { key: 'f-ly-false-rx', agreement: 'ly-pharmacy', provider: 'ly-demo-pharmacy', vt: 'FALSE_PRESCRIPTION', source: 'TIP_OFF', yuan: 865000, tipOff: 'tip-ly',
    found: '2025-05-10', from: '2023-01-01', to: '2025-03-31', status: 'PENALISED', physician: 'doc-wu', desc: '举报查实虚开处方套取医保基金86.5万元。', evidence: ['举报记录', '处方存根', '银行流水'] },
  { key: 'f-zb-overdose', agreement: 'zb-chronic', provider: 'zb-demo-hospital', vt: 'EXCESSIVE_QUANTITY_OR_DOSAGE', source: 'CASE_RECORD_REVIEW', yuan: 14260,
    found: '2026-06-15', from: '2025-12-01', to: '2026-03-31', status: 'PENALISED', physician: 'doc-sun', insured: 'ins-7',
    desc: '“门特”病人放化疗期间多次超剂量开具抗肿瘤药物,囤积47盒,接诊医生未书写专用病历、未核对用药。', evidence: ['门特专用病历', '处方明细'] },
  { key: 'f-xz-third-party', agreement: 'xz-hospital', provider: 'xz-demo-hospital', vt: 'THIRD_PARTY_LIABILITY_CLAIMED', source: 'PARTNER_INVESTIGATION', yuan: 32680,
    found: '2026-04-12', status: 'CLOSED', partner: 'pingan', insured: 'ins-5', desc: '受托外伤调查:交通事故有第三方责任人,仍由医保基金报销。', evidence: ['外伤调查报告', '交通事故认定书'] },
  { key: 'f-xz-substitution', agreement: 'xz-pharmacy-b', provider: 'xz-demo-pharmacy-b', vt: 'BILLING_SUBSTITUTION', source: 'FLIGHT_INSPECTION', yuan: 18400,
    found: '2026-03-18', from: '2025-10-01', to: '2026-02-28', status: 'PENALISED', desc: '飞行检查发现串换药品,以目录内药品名义结算目录外保健品。', evidence: ['飞行检查记录'] },
  { key: 'f-gy-card', agreement: 'gy-village-1', provider: 'gy-demo-village-1', vt: 'INSURANCE_CARD_MISUSE', source: 'ON_SITE_INSPECTION', yuan: 9860,
    found: '2018-11-20', status: 'CLOSED', desc: '稽查大队督查发现空刷参保人员医保卡。', evidence: ['督查记录'] },
  { key: 'f-gy-inflated', agreement: 'gy-village-2', provider: 'gy-demo-village-2', vt: 'INFLATED_BILLING', source: 'ON_SITE_INSPECTION', yuan: 3200,
    found: '2018-11-22', status: 'CLOSED', desc: '虚计多记一般诊疗费。', evidence: ['督查记录'] },
  { key: 'f-wf-scope', agreement: 'wf-outpatient', provider: 'wf-demo-outpatient', vt: 'PRACTICE_BEYOND_LICENCE', source: 'SELF_INSPECTION', yuan: 5600,
    found: '2026-07-01', status: 'PENALISED', desc: '自查自纠:开展中医外治项目超出卫健部门批准的执业范围。', evidence: ['自查报告'] },
  { key: 'f-gx-records', agreement: 'gx-village', provider: 'gx-demo-village', vt: 'NONSTANDARD_RECORDS', source: 'RANDOM_INSPECTION', yuan: 1200,
    found: '2026-05-06', status: 'DISMISSED', desc: '疑似就诊登记不全;申诉时补充提交完整登记簿,拒付撤销。', evidence: ['就诊登记簿'] },
  { key: 'f-cs-impersonation', agreement: 'cs-hospital', provider: 'cs-demo-hospital', vt: 'IMPERSONATION', source: 'TIP_OFF', yuan: 4300, tipOff: 'tip-cs',
    found: '2026-11-12', status: 'OPEN', insured: 'ins-9', desc: '投诉举报:疑似冒名顶替住院报账,调查中。', evidence: ['投诉记录'] },
  { key: 'f-ha-duplicate', agreement: 'ha-hospital', provider: 'ha-demo-hospital', vt: 'INFLATED_BILLING', source: 'SMART_MONITORING', yuan: 12750, partner: 'itvendor',
    found: '2026-11-18', status: 'OPEN', insured: 'ins-10', desc: '第三方智能监控:同日同一项目重复计费。', evidence: ['智能审核疑点清单'] },
  { key: 'f-jm-dismissed', agreement: 'jm-injury', provider: 'jm-demo-hospital', vt: 'OVER_SERVICING', source: 'CASE_RECORD_REVIEW', yuan: 6100,
    found: '2026-08-03', status: 'DISMISSED', desc: '病案审核疑似过度检查,经专家复核检查均有指征,不予处理。', evidence: ['专家复核意见'] },
];

export const PENALTIES: PenaltyDef[] = [
  { key: 'p-yjz-terminate', finding: 'f-yjz', target: 'PROVIDER', measure: 'AGREEMENT_TERMINATION', status: 'CLOSED', issued: '2019-02-26',
    from: '2019-02-26', until: '2022-02-26', basis: MAS_MED, clause: '第9条', notes: '解除医保服务协议,3年内不得申请医保定点' },
  { key: 'p-husong-recover', finding: 'f-husong', target: 'PROVIDER', measure: 'RECOVERY', status: 'CLOSED', issued: '2019-02-25', base: 13000, multiple: 1, basis: MAS_MED, clause: '第9条' },
  { key: 'p-herbal-recover', finding: 'f-herbal', target: 'PROVIDER', measure: 'RECOVERY', status: 'CLOSED', issued: '2019-03-10', base: 96500, multiple: 1, basis: '《马鞍山市基本医疗保险定点综合医疗机构医保服务协议书》', clause: '第3条' },
  { key: 'p-shift-recover', finding: 'f-shift', target: 'PROVIDER', measure: 'RECOVERY', status: 'CLOSED', issued: '2019-03-10', base: 48500, multiple: 1, basis: '《马鞍山市基本医疗保险定点综合医疗机构医保服务协议书》', clause: '第3条' },
  { key: 'p-split-recover', finding: 'f-split', target: 'PROVIDER', measure: 'RECOVERY', status: 'CLOSED', issued: '2019-03-15', base: 140000, multiple: 1, basis: '《马鞍山市基本医疗保险定点综合医疗机构医保服务协议书》', clause: '第2条' },
  { key: 'p-kanghao-recover', finding: 'f-kanghao', target: 'INSURED_PERSON', insured: 'ins-3', measure: 'RECOVERY', status: 'CLOSED', issued: '2019-03-22', base: 7204, multiple: 1, basis: AH_RULES, notes: '追回参保人员个人账户资金支付费用' },
  { key: 'p-kanghao-talk', finding: 'f-kanghao', target: 'PHYSICIAN', physician: 'doc-chen', measure: 'FORMAL_TALK', status: 'CLOSED', issued: '2019-03-22', basis: AH_RULES, notes: '约谈主治医师' },
  { key: 'p-kanghao-warning', finding: 'f-kanghao', target: 'PHYSICIAN', physician: 'doc-chen', measure: 'WARNING', status: 'CLOSED', issued: '2019-03-22', basis: AH_RULES },
  { key: 'p-maternity-damages', finding: 'f-maternity', target: 'PROVIDER', measure: 'LIQUIDATED_DAMAGES', status: 'CLOSED', issued: '2019-04-02', base: 36430, multiple: 2,
    basis: MAS_MAT, clause: '第9条', notes: '违规费用予以扣回,并按违规费用2倍核减共计72860元' },
  { key: 'p-maternity-rectify', finding: 'f-maternity', target: 'PROVIDER', measure: 'RECTIFICATION', status: 'CLOSED', issued: '2019-04-02', rectDue: '2019-04-30', basis: MAS_MAT, clause: '第3条', notes: '立即整改' },
  { key: 'p-maternity-mapping', finding: 'f-maternity-mapping', target: 'PROVIDER', measure: 'RECTIFICATION', status: 'CLOSED', issued: '2019-04-02', rectDue: '2019-04-30', basis: MAS_MAT, clause: '第2条' },
  { key: 'p-maternity-category', finding: 'f-maternity-category', target: 'PROVIDER', measure: 'RECTIFICATION', status: 'CLOSED', issued: '2019-04-02', rectDue: '2019-04-30', basis: MAS_MAT, clause: '第2条' },
  { key: 'p-maternity-report', finding: 'f-maternity-report', target: 'PROVIDER', measure: 'PUBLIC_CRITICISM', status: 'CLOSED', issued: '2019-04-02', basis: MAS_MAT, clause: '第3条', notes: '通报批评' },
  { key: 'p-pharmacy-recover', finding: 'f-demo-pharmacy', target: 'PROVIDER', measure: 'RECOVERY', status: 'UPHELD', issued: '2026-09-15', base: 23860, multiple: 1, basis: REG, clause: '第2条' },
  { key: 'p-pharmacy-suspend', finding: 'f-demo-pharmacy', target: 'PROVIDER', measure: 'SETTLEMENT_SUSPENSION', status: 'EXECUTED', issued: '2026-09-15', months: 6,
    from: '2026-09-20', until: '2027-03-19', basis: REG, clause: '第9条', notes: '暂停医保实时结算' },
  { key: 'p-chronic-recover', finding: 'f-chronic', target: 'INSURED_PERSON', insured: 'ins-1', measure: 'RECOVERY', status: 'CLOSED', issued: '2026-02-25', base: 1860, multiple: 1, basis: '马鞍山市门诊规定病种就医购药管理通知' },
  { key: 'p-chronic-suspend', finding: 'f-chronic', target: 'INSURED_PERSON', insured: 'ins-1', measure: 'INSURED_SETTLEMENT_SUSPENSION', scope: 'CHRONIC_PHARMACY', status: 'EXECUTED', issued: '2026-02-25', months: 12,
    from: '2026-03-01', until: '2027-02-28', basis: '马鞍山市门诊规定病种就医购药管理通知', notes: '暂停规定病种定点药店结算1年;期满后书面申请并签署承诺书方可恢复' },
  { key: 'p-signin-refuse', finding: 'f-signin', target: 'PROVIDER', physician: 'doc-wang', measure: 'PAYMENT_REFUSAL', status: 'APPEALED', issued: '2026-11-10', base: 2150, multiple: 1, basis: '马鞍山市医保医师多点执业签到制度', clause: '第9条' },
  { key: 'p-yt-recover', finding: 'f-yt-phantom', target: 'PROVIDER', measure: 'RECOVERY', status: 'EXECUTED', issued: '2026-10-12', base: 58300, multiple: 1, basis: REG, clause: '第2条' },
  { key: 'p-yt-suspend', finding: 'f-yt-phantom', target: 'PROVIDER', measure: 'AGREEMENT_SUSPENSION', status: 'EXECUTED', issued: '2026-10-12', months: 3, from: '2026-10-15', until: '2027-01-14', basis: REG, clause: '第9条' },
  { key: 'p-yt-rectify', finding: 'f-yt-phantom', target: 'PROVIDER', measure: 'RECTIFICATION', status: 'ISSUED', issued: '2026-10-12', rectDue: '2027-01-10', basis: REG, clause: '第9条' },
  { key: 'p-ly-recover', finding: 'f-ly-false-rx', target: 'PROVIDER', measure: 'RECOVERY', status: 'EXECUTED', issued: '2025-05-15', base: 865000, multiple: 1, basis: REG, clause: '第9条' },
  { key: 'p-ly-terminate', finding: 'f-ly-false-rx', target: 'PROVIDER', measure: 'AGREEMENT_TERMINATION', status: 'EXECUTED', issued: '2025-05-15', from: '2025-05-20', until: '2028-05-20', basis: REG, clause: '第9条' },
  { key: 'p-ly-judicial', finding: 'f-ly-false-rx', target: 'PROVIDER', measure: 'JUDICIAL_REFERRAL', status: 'EXECUTED', issued: '2025-05-15', basis: '《行政执法机关移送涉嫌犯罪案件的规定》' },
  { key: 'p-ly-disclose', finding: 'f-ly-false-rx', target: 'PROVIDER', measure: 'PUBLIC_DISCLOSURE', status: 'CLOSED', issued: '2025-05-15', basis: REG, notes: '曝光典型案例' },
  { key: 'p-ly-blacklist', finding: 'f-ly-false-rx', target: 'PROVIDER', measure: 'BLACKLIST', status: 'EXECUTED', issued: '2025-05-15', basis: '临沂市医疗保障基金监管信用评价办法', notes: '列入黑名单,联合惩戒' },
  { key: 'p-ly-pharmacist', finding: 'f-ly-false-rx', target: 'PHYSICIAN', physician: 'doc-wu', measure: 'PHYSICIAN_BILLING_SUSPENSION', status: 'EXECUTED', issued: '2025-05-15', months: 60,
    from: '2025-05-20', until: '2030-05-19', basis: REG, notes: '终止医保服务资格5年,并通报卫生健康部门' },
  { key: 'p-zb-recover', finding: 'f-zb-overdose', target: 'PROVIDER', measure: 'RECOVERY', status: 'EXECUTED', issued: '2026-06-25', base: 14260, multiple: 1, basis: REG, clause: '第2条' },
  { key: 'p-zb-physician', finding: 'f-zb-overdose', target: 'PHYSICIAN', physician: 'doc-sun', measure: 'PHYSICIAN_BILLING_SUSPENSION', status: 'EXECUTED', issued: '2026-06-25', months: 12,
    from: '2026-09-01', until: '2027-08-31', basis: REG, notes: '暂停医保医师服务资格1年,并通报卫生健康部门' },
  { key: 'p-zb-insured', finding: 'f-zb-overdose', target: 'INSURED_PERSON', insured: 'ins-7', measure: 'INSURED_SETTLEMENT_SUSPENSION', status: 'EXECUTED', issued: '2026-06-25', months: 12,
    from: '2026-07-01', until: '2027-06-30', basis: REG },
  { key: 'p-zb-fine', finding: 'f-zb-overdose', target: 'INSURED_PERSON', insured: 'ins-7', measure: 'ADMINISTRATIVE_FINE_REFERRAL', status: 'ISSUED', issued: '2026-06-25',
    basis: REG, notes: '移交医疗保障行政部门:责令退回,处骗取金额2倍以上5倍以下罚款' },
  { key: 'p-xz-recover', finding: 'f-xz-third-party', target: 'PROVIDER', insured: 'ins-5', measure: 'RECOVERY', status: 'CLOSED', issued: '2026-04-20', base: 32680, multiple: 1, basis: REG },
  { key: 'p-xzb-damages', finding: 'f-xz-substitution', target: 'PROVIDER', measure: 'LIQUIDATED_DAMAGES', status: 'REDUCED', issued: '2026-03-25', base: 18400, multiple: 2, basis: REG, clause: '第9条' },
  { key: 'p-gy-recover', finding: 'f-gy-card', target: 'PROVIDER', measure: 'RECOVERY', status: 'CLOSED', issued: '2018-11-25', base: 9860, multiple: 1, basis: '《湖南省基本医疗保险监督管理办法》' },
  { key: 'p-gy-terminate', finding: 'f-gy-card', target: 'PROVIDER', measure: 'AGREEMENT_TERMINATION', status: 'CLOSED', issued: '2018-11-25', from: '2018-11-30', until: '2021-11-30', basis: '《湖南省基本医疗保险监督管理办法》' },
  { key: 'p-gy2-deduct', finding: 'f-gy-inflated', target: 'PROVIDER', measure: 'DEDUCTION', status: 'CLOSED', issued: '2018-11-28', base: 3200, multiple: 2, basis: '《湖南省基本医疗保险监督管理办法》' },
  { key: 'p-wf-talk', finding: 'f-wf-scope', target: 'PROVIDER', measure: 'FORMAL_TALK', status: 'ISSUED', issued: '2026-07-10', basis: '《潍坊市城镇职工基本医疗保险定点门诊服务协议》', clause: '第2条' },
  { key: 'p-wf-recover', finding: 'f-wf-scope', target: 'PROVIDER', measure: 'RECOVERY', status: 'PROPOSED', issued: '2026-07-10', base: 5600, multiple: 1, basis: '《潍坊市城镇职工基本医疗保险定点门诊服务协议》', clause: '第2条' },
  { key: 'p-gx-refuse', finding: 'f-gx-records', target: 'PROVIDER', measure: 'PAYMENT_REFUSAL', status: 'OVERTURNED', issued: '2026-05-10', base: 1200, multiple: 1, basis: REG },
  { key: 'p-ha-deduct', finding: 'f-ha-duplicate', target: 'PROVIDER', measure: 'DEDUCTION', status: 'PROPOSED', issued: '2026-11-20', base: 12750, multiple: 2, basis: REG, clause: '第3条' },
];
