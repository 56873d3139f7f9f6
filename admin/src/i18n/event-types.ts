import type { SameKeys } from './same-keys.js';

/** Labels of audit event types (`agreement.signed` → eventTypes.agreement.signed). */
export const eventTypesEn = {
  agreement: { drafted: 'Agreement drafted', signed: 'Agreement signed', activated: 'Agreement activated', amended: 'Agreement amended', suspended: 'Agreement suspended', resumed: 'Agreement resumed', terminated: 'Agreement terminated', renewed: 'Agreement renewed', expired: 'Agreement expired' },
  provider: { reapplicationBanned: 'Provider barred from re-applying' },
  finding: { recorded: 'Finding recorded' },
  penalty: { proposed: 'Penalty proposed', issued: 'Penalty issued', appealed: 'Appeal recorded', decided: 'Appeal decided', executed: 'Penalty executed', closed: 'Penalty closed' },
  physician: { billingSuspended: 'Physician billing suspended' },
  insuredPerson: { settlementSuspended: 'Insured person settlement suspended' },
  assessment: { published: 'Assessment published' },
  credit: { graded: 'Credit graded' },
  ruleHit: { raised: 'Rule hit raised' },
  tipOff: { received: 'Tip-off received', verified: 'Tip-off verified' },
  session: { started: 'Signed in', ended: 'Signed out' },
  user: { lockedOut: 'Account locked' },
  apiClient: { created: 'API client created' },
  apiKey: { issued: 'API key issued', rotated: 'API key rotated', revoked: 'API key revoked' },
  webhookEndpoint: { registered: 'Webhook registered', disabled: 'Webhook disabled' },
  webhookDelivery: { redeliveryRequested: 'Webhook redelivery requested' },
};

export const eventTypesZh: SameKeys<typeof eventTypesEn> = {
  agreement: { drafted: '协议起草', signed: '协议签订', activated: '协议生效', amended: '协议变更', suspended: '协议暂停', resumed: '协议恢复', terminated: '协议解除', renewed: '协议续签', expired: '协议到期' },
  provider: { reapplicationBanned: '机构禁止再次申请定点' },
  finding: { recorded: '登记违规发现' },
  penalty: { proposed: '拟定处理', issued: '下达处理', appealed: '登记申诉', decided: '申诉裁决', executed: '执行处理', closed: '处理结案' },
  physician: { billingSuspended: '暂停医师医保服务' },
  insuredPerson: { settlementSuspended: '暂停参保人直接结算' },
  assessment: { published: '发布考核结果' },
  credit: { graded: '信用评价' },
  ruleHit: { raised: '智能监控疑点' },
  tipOff: { received: '收到举报', verified: '举报查实' },
  session: { started: '登录', ended: '退出登录' },
  user: { lockedOut: '账户锁定' },
  apiClient: { created: '创建接口客户端' },
  apiKey: { issued: '签发 API 密钥', rotated: '轮换 API 密钥', revoked: '吊销 API 密钥' },
  webhookEndpoint: { registered: '注册 Webhook', disabled: '停用 Webhook' },
  webhookDelivery: { redeliveryRequested: '请求重新投递 Webhook' },
};
