import type { LocalisedMessage } from './errors.js';

/**
 * The words a clerk reads in error messages: records, states and steps by name in zh-CN and
 * en, never as enum codes (the codes stay in `extensions` for programs). The console shows
 * the same labels (admin/src/i18n/enums.*.ts).
 */
const ENTITIES: Record<string, LocalisedMessage> = {
  Agreement: { zh: '协议', en: 'agreement' },
  Penalty: { zh: '处理决定', en: 'penalty' },
  Finding: { zh: '违规发现', en: 'finding' },
  TipOff: { zh: '举报线索', en: 'tip-off' },
  Provider: { zh: '定点医药机构', en: 'provider' },
  Partner: { zh: '合作机构', en: 'partner' },
  Physician: { zh: '医保医师', en: 'physician' },
  Insurer: { zh: '医保经办机构', en: 'insurer' },
  Appeal: { zh: '申诉', en: 'appeal' },
  ApiClient: { zh: 'API 客户端', en: 'API client' },
  ApiKey: { zh: 'API 密钥', en: 'API key' },
  User: { zh: '用户', en: 'user' },
  // The rest as the console names them (admin/src/i18n/console.*.ts, entities): a refusal
  // naming a record without a word read '未找到该InsuredPerson' / 'Insuredperson not found'.
  InsuredPerson: { zh: '参保人员', en: 'insured person' },
  Assessment: { zh: '考核', en: 'assessment' },
  CreditEvaluation: { zh: '信用评价', en: 'credit grade' },
  RuleHit: { zh: '智能审核疑点', en: 'rule hit' },
  Session: { zh: '登录会话', en: 'session' },
  WebhookEndpoint: { zh: 'Webhook', en: 'webhook' },
  WebhookDelivery: { zh: 'Webhook 投递', en: 'webhook delivery' },
  Claim: { zh: '结算记录', en: 'settlement record' },
  AuditRule: { zh: '审核规则', en: 'audit rule' },
  ScreeningRun: { zh: '筛查任务', en: 'screening run' },
  DesignationApplication: { zh: '定点申请', en: 'designation application' },
  MonthlyReport: { zh: '药品购进月报', en: 'monthly report' },
  DispatchedDocument: { zh: '抄告文书', en: 'dispatched document' },
  Referral: { zh: '移送与联合惩戒', en: 'referral' },
  PublicDisclosure: { zh: '曝光公示', en: 'public disclosure' },
  AgreementTemplate: { zh: '协议模板', en: 'agreement template' },
  ResigningCampaign: { zh: '协议重签', en: 're-signing campaign' },
  ResigningCampaignItem: { zh: '协议重签事项', en: 're-signing item' },
  WhatIfReplay: { zh: '推演', en: 'what-if replay' },
};

const STATES: Record<string, LocalisedMessage> = {
  // agreements
  DRAFT: { zh: '草稿', en: 'draft' },
  SIGNED: { zh: '已签订', en: 'signed' },
  ACTIVE: { zh: '生效中', en: 'active' },
  SUSPENDED: { zh: '已暂停', en: 'suspended' },
  TERMINATED: { zh: '已解除', en: 'terminated' },
  EXPIRED: { zh: '已到期', en: 'expired' },
  // penalties
  PROPOSED: { zh: '拟处理', en: 'proposed' },
  ISSUED: { zh: '已下达', en: 'issued' },
  APPEALED: { zh: '申诉中', en: 'under appeal' },
  UPHELD: { zh: '维持', en: 'upheld' },
  REDUCED: { zh: '减轻', en: 'reduced' },
  OVERTURNED: { zh: '撤销', en: 'overturned' },
  EXECUTED: { zh: '已执行', en: 'executed' },
  CLOSED: { zh: '已结案', en: 'closed' },
  // findings
  OPEN: { zh: '待处理', en: 'open' },
  PENALISED: { zh: '已处理', en: 'penalised' },
  DISMISSED: { zh: '不予处理', en: 'dismissed' },
  // tip-offs
  RECEIVED: { zh: '已受理', en: 'received' },
  INVESTIGATING: { zh: '调查中', en: 'under investigation' },
  VERIFIED: { zh: '已查实', en: 'verified' },
};

const ACTIONS: Record<string, LocalisedMessage> = {
  SIGN: { zh: '签订', en: 'sign' },
  ACTIVATE: { zh: '生效', en: 'activate' },
  SUSPEND: { zh: '暂停', en: 'suspend' },
  RESUME: { zh: '恢复', en: 'resume' },
  TERMINATE: { zh: '解除', en: 'terminate' },
  EXPIRE: { zh: '到期', en: 'expire' },
  AMEND: { zh: '变更', en: 'amend' },
  RENEW: { zh: '续签', en: 'renew' },
  UPDATE_DRAFT: { zh: '修改草稿', en: 'edit the draft' },
  PROPOSE_PENALTY: { zh: '拟定处理', en: 'propose a penalty' },
  ISSUE: { zh: '下达', en: 'issue' },
  APPEAL: { zh: '申诉', en: 'appeal' },
  DECIDE: { zh: '作出申诉决定', en: 'decide the appeal' },
  EXECUTE: { zh: '执行', en: 'execute' },
  CLOSE: { zh: '结案', en: 'close' },
  VERIFY: { zh: '查实', en: 'verify' },
  DISMISS: { zh: '不予查实', en: 'dismiss' },
};

/** Penalty measures as the console names them (admin/src/i18n/enums.*.ts, PenaltyMeasure). */
const MEASURES: Record<string, LocalisedMessage> = {
  FORMAL_TALK: { zh: '约谈', en: 'formal talk' },
  WARNING: { zh: '警告', en: 'warning' },
  PUBLIC_CRITICISM: { zh: '通报批评', en: 'public criticism' },
  RECTIFICATION: { zh: '限期整改', en: 'rectification by a deadline' },
  RECOVERY: { zh: '追回', en: 'recovery of funds' },
  DEDUCTION: { zh: '核减', en: 'deduction' },
  PAYMENT_REFUSAL: { zh: '拒付', en: 'payment refusal' },
  LIQUIDATED_DAMAGES: { zh: '违约金', en: 'liquidated damages' },
  SETTLEMENT_SUSPENSION: { zh: '暂停医保实时结算', en: 'suspension of real-time settlement' },
  AGREEMENT_SUSPENSION: { zh: '暂停协议', en: 'suspension of the agreement' },
  AGREEMENT_TERMINATION: { zh: '解除协议', en: 'termination of the agreement' },
  PHYSICIAN_BILLING_SUSPENSION: { zh: '暂停医师医保服务资格', en: "suspension of a physician's billing" },
  INSURED_SETTLEMENT_SUSPENSION: {
    zh: '暂停参保人直接结算',
    en: "suspension of an insured person's settlement",
  },
  ADMINISTRATIVE_FINE_REFERRAL: { zh: '移交行政处罚', en: 'administrative fine referral' },
  JUDICIAL_REFERRAL: { zh: '移送司法', en: 'judicial referral' },
  PUBLIC_DISCLOSURE: { zh: '曝光', en: 'public disclosure' },
  BLACKLIST: { zh: '列入黑名单', en: 'blacklist' },
};

const pick = (table: Record<string, LocalisedMessage>, key: string): LocalisedMessage =>
  table[key] ?? { zh: key, en: key.toLowerCase().replaceAll('_', ' ') };

export const entityWord = (entity: string) => pick(ENTITIES, entity);
export const stateWord = (state: string) => pick(STATES, state);
export const actionWord = (action: string) => pick(ACTIONS, action);
export const measureWord = (measure: string) => pick(MEASURES, measure);

/** Integer fen as the yuan a clerk reads: "2,150.00 元" / "¥2,150.00". */
export function yuanWords(fen: bigint | number | string): LocalisedMessage {
  const value = BigInt(fen);
  const abs = value < 0n ? -value : value;
  const whole = (abs / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const text = `${value < 0n ? '-' : ''}${whole}.${(abs % 100n).toString().padStart(2, '0')}`;
  return { zh: `${text} 元`, en: `¥${text}` };
}
