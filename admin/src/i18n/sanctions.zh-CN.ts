import type { sanctionsEn } from './sanctions.en.js';
import type { SameKeys } from './same-keys.js';

/** 暂停结算、暂停医保支付资格、抄告与移送界面的中文文案；键与 sanctions.en.ts 一致。 */
export const sanctionsZh: SameKeys<typeof sanctionsEn> = {
  resources: {
    settlementSuspensions: {
      name: '暂停联网结算',
      fields: {
        nameZh: '参保人员',
        idNumber: '身份证号',
        insurer: '经办机构',
        settlementSuspendedUntil: '暂停期至',
        settlementSuspended: '暂停中',
        penalties: '处理措施',
        createdAt: '建档时间',
        settlementSuspensions: '暂停记录',
        suspendedFrom: '暂停起始日',
        suspendedUntil: '暂停期至',
        scope: '暂停范围',
        restoredOn: '恢复结算日',
        reversedOn: '复议撤销日',
      },
      actions: { lift: '申请恢复' },
      help: {
        lift: '暂停期已满：凭本人（家属）书面申请和承诺书，自今日起恢复联网直接结算，并记为暂停终止。',
      },
    },
    billingSuspensions: {
      name: '暂停医保支付资格',
      fields: {
        code: '医师编码',
        nameZh: '医保医师',
        licenceNumber: '执业证书编号',
        status: '状态',
        primaryProvider: '主要执业机构',
        billingSuspendedUntil: '暂停至',
        penalties: '处理措施',
      },
      actions: { lift: '提前恢复' },
      help: {
        lift: '凭书面申请和承诺书，自今日起恢复医保支付资格，并记为暂停终止。',
      },
    },
    sanctionEnds: {
      name: '暂停终止记录',
      fields: {
        kind: '暂停类别',
        reason: '终止原因',
        suspendedUntil: '原暂停至',
        endedOn: '终止日期',
        requestDocumentRef: '书面申请',
        pledgeDocumentRef: '承诺书',
        note: '备注',
        createdAt: '登记时间',
      },
    },
    dispatchedDocuments: {
      name: '抄告文书',
      fields: {
        documentRef: '文书编号',
        kind: '文书类别',
        recipient: '接收单位',
        dispatchedAt: '发出时间',
        deliveryStatus: '送达状态',
        deliveredAt: '送达时间',
        penalty: '处理措施',
      },
      actions: { recordDelivery: '登记送达', dispatch: '抄告卫生健康部门' },
    },
    referrals: {
      name: '移送与联合惩戒',
      fields: {
        documentRef: '文书编号',
        kind: '类别',
        receivingAuthority: '接收机关',
        referredAt: '移送时间',
        outcome: '办理结果',
        outcomeNote: '结果说明',
        outcomeAt: '结果登记时间',
        penalty: '处理措施',
      },
      actions: { recordOutcome: '登记结果', refer: '移送' },
    },
  },
};
