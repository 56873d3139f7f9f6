import type { enumsEn } from './enums.en.js';
import type { SameKeys } from './same-keys.js';

/** 枚举值的中文名称（与 enums.en.ts 键一致；术语见 shared/DOMAIN.md）。 */
export const enumsZh: SameKeys<typeof enumsEn> = {
  AgreementStatus: { DRAFT: '草稿', SIGNED: '已签订', ACTIVE: '生效中', SUSPENDED: '已暂停', TERMINATED: '已解除', EXPIRED: '已到期' },
  AgreementFamily: { SERVICE: '服务协议', PARTNER: '合作协议' },
  AgreementKind: {
    MEDICAL_INSTITUTION_SERVICE: '定点医疗机构医疗服务协议',
    RETAIL_PHARMACY_SERVICE: '定点零售药店服务协议',
    OUTPATIENT_SERVICE: '定点门诊服务协议',
    CHRONIC_DISEASE_SERVICE: '门诊慢性病服务协议',
    MATERNITY_SERVICE: '生育保险服务协议',
    WORK_INJURY_SERVICE: '工伤保险服务协议',
    CRITICAL_ILLNESS_INSURANCE: '大病补充保险承办协议',
    INVESTIGATION_ENTRUSTMENT: '调查委托协议',
    ADMINISTRATION_SERVICE: '经办服务协议',
    SUPERVISION_SERVICE: '监管服务协议',
  },
  AgreementAction: {
    DRAFT: '起草', SIGN: '签订', ACTIVATE: '生效', AMEND: '变更', SUSPEND: '暂停',
    RESUME: '恢复', TERMINATE: '解除', RENEW: '续签', EXPIRE: '到期',
  },
  SuspensionScope: { AGREEMENT: '暂停协议', REAL_TIME_SETTLEMENT: '仅暂停实时结算' },
  EntrustedWork: {
    ROUTINE_ADMINISTRATION: '日常经办', SITE_PATROL: '走访巡查', CASE_RECORD_REVIEW: '病案审核',
    TRAUMA_INVESTIGATION: '外伤调查', SMART_MONITORING: '智能监控', CROSS_REGION_AUDIT: '异地就医稽核',
    AD_HOC_REIMBURSEMENT_REVIEW: '零星报销审核',
  },
  PenaltyMeasure: {
    FORMAL_TALK: '约谈', WARNING: '警告', PUBLIC_CRITICISM: '通报批评', RECTIFICATION: '限期整改',
    RECOVERY: '追回', DEDUCTION: '核减', PAYMENT_REFUSAL: '拒付', LIQUIDATED_DAMAGES: '违约金',
    SETTLEMENT_SUSPENSION: '暂停医保实时结算', AGREEMENT_SUSPENSION: '暂停协议', AGREEMENT_TERMINATION: '解除协议',
    PHYSICIAN_BILLING_SUSPENSION: '暂停医师医保服务资格', INSURED_SETTLEMENT_SUSPENSION: '暂停参保人直接结算',
    ADMINISTRATIVE_FINE_REFERRAL: '移交行政处罚', JUDICIAL_REFERRAL: '移送司法',
    PUBLIC_DISCLOSURE: '曝光', BLACKLIST: '列入黑名单',
  },
  PenaltyStatus: {
    PROPOSED: '拟处理', ISSUED: '已下达', APPEALED: '申诉中', UPHELD: '维持', REDUCED: '减轻',
    OVERTURNED: '撤销', EXECUTED: '已执行', CLOSED: '已结案',
  },
  PenaltyTarget: { PROVIDER: '定点医药机构', PHYSICIAN: '医保医师', INSURED_PERSON: '参保人员' },
  AppealKind: { APPEAL: '申诉', RECONSIDERATION: '复议' },
  AppealDecision: { UPHOLD: '维持', REDUCE: '减轻', OVERTURN: '撤销' },
  FindingSource: {
    ON_SITE_INSPECTION: '现场检查', FLIGHT_INSPECTION: '飞行检查', RANDOM_INSPECTION: '双随机一公开',
    SMART_MONITORING: '智能监控', AUDIT: '审计', CASE_RECORD_REVIEW: '病案审核', TIP_OFF: '举报',
    PARTNER_INVESTIGATION: '第三方调查', SELF_INSPECTION: '自查自纠',
  },
  FindingStatus: { OPEN: '待处理', PENALISED: '已处理', DISMISSED: '不予处理', CLOSED: '已结案' },
  ViolationCategory: {
    QUALIFICATION: '资质', CARD_MISUSE: '医保卡违规使用', HOSPITALISATION: '住院', OVER_SERVICING: '过度诊疗',
    BILLING: '收费', PRESCRIPTION: '处方', DOCUMENTATION: '文书', SETTLEMENT: '结算',
    REPORTING: '报送', THIRD_PARTY_LIABILITY: '第三方责任',
  },
  ProviderKind: {
    HOSPITAL: '医院', CLINIC: '诊所', OUTPATIENT_DEPARTMENT: '门诊部', COMMUNITY_HEALTH_CENTRE: '社区卫生服务中心',
    VILLAGE_CLINIC: '村卫生室', RETAIL_PHARMACY: '定点零售药店', DIALYSIS_CENTRE: '血液透析中心', REHABILITATION_CENTRE: '康复医院',
  },
  HospitalGrade: { GRADE_1: '一级', GRADE_2: '二级', GRADE_3: '三级', UNGRADED: '未定级' },
  PharmacyClass: { A: 'A类', B: 'B类' },
  Ownership: { PUBLIC: '公立', PRIVATE: '民营' },
  ProviderStatus: { APPLYING: '申请中', ACTIVE: '定点中', SUSPENDED: '已暂停', TERMINATED: '已解除' },
  PartnerKind: { COMMERCIAL_INSURER: '商业保险机构', IT_VENDOR: '信息技术服务商', ACCOUNTING_FIRM: '会计师事务所', OTHER_THIRD_PARTY: '其他第三方' },
  PartnerStatus: { ACTIVE: '合作中', SUSPENDED: '已暂停', TERMINATED: '已解除' },
  InsurerLevel: { PROVINCE: '省级', CITY: '市级', COUNTY: '县级' },
  PractitionerProfession: { PHYSICIAN: '医师', PHARMACIST: '药师', NURSE: '护士', TECHNICIAN: '技师' },
  PractitionerStatus: { ACTIVE: '正常', BILLING_SUSPENDED: '暂停医保服务', RETIRED: '已退出' },
  IndicatorMetric: {
    AVERAGE_COST_PER_VISIT: '次均费用', AVERAGE_COST_PER_ADMISSION: '次均住院费用', DRUG_SHARE: '药占比',
    WESTERN_DRUG_STOCKING_RATE: '西药备药率', PATENT_CHINESE_DRUG_STOCKING_RATE: '中成药备药率',
    ANNUAL_PAYMENT_LIMIT: '年度支付限额', AVERAGE_LENGTH_OF_STAY: '平均住院日', READMISSION_RATE: '再入院率',
    MONTHLY_REPORT_ON_TIME: '按月报送', ASSESSMENT_SCORE: '考核得分',
  },
  Comparator: { LT: '<', LTE: '≤', EQ: '=', GTE: '≥', GT: '>' },
  IndicatorUnit: { FEN: '元', PERCENT: '%', DAYS: '天', COUNT: '次', POINTS: '分' },
  ActorType: { USER: '用户', API_CLIENT: '接口客户端', SYSTEM: '系统' },
  Role: {
    PLATFORM_ADMIN: '平台管理员', INSURER_ADMIN: '经办机构管理员', INSURER_AUDITOR: '经办机构稽核员', INSURER_VIEWER: '经办机构查阅员',
    PARTNER: '合作机构', PROVIDER_STAFF: '定点机构人员', INTEGRATOR: '集成方',
  },
};
