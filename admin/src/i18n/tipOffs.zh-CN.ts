import type { tipOffsEn } from './tipOffs.en.js';
import type { SameKeys } from './same-keys.js';

/** 举报线索界面的中文文案；键与 tipOffs.en.ts 一致。 */
export const tipOffsZh: SameKeys<typeof tipOffsEn> = {
  resources: {
    tipOffs: {
      name: '举报线索',
      fields: {
        number: '举报编号',
        status: '状态',
        channel: '举报渠道',
        insurer: '经办机构',
        provider: '被举报机构',
        providerId: '被举报机构',
        insurerId: '经办机构',
        summary: '举报内容',
        reporterContact: '举报人联系方式',
        receivedAt: '受理时间',
        assigneePartner: '承办合作机构',
        assigneeUserId: '承办人员',
        assigneeName: '承办人员',
        investigationDueOn: '核查期限',
        verifiedAmountFen: '查实欺诈骗保金额',
        verifiedAmountYuan: '查实欺诈骗保金额（元）',
        rewardAmountYuan: '批准奖励金额（元）',
        rewardKind: '奖励方式',
        rewardFen: '奖励金额',
        rewardApprovedAt: '奖励审批时间',
        rewardPaidAt: '奖励发放时间',
        rewardPaymentRef: '发放凭证号',
        closedAt: '办结时间',
        findings: '违规发现',
        outcome: '核查结论',
      },
      actions: {
        assign: '分派核查',
        verify: '核查办结',
        approveReward: '审批奖励',
        payReward: '登记发放',
      },
      assignee: {
        kind: '承办方',
        partner: '受托合作机构',
        staff: '经办机构工作人员',
        noStaff: '该经办机构暂无可分派的管理员或稽核员。',
      },
      help: {
        verifiedAmount: '仅查实时填写查实金额；不实时留空。',
        rewardAmount: '不高于核查时核定的上限；留空即按上限批准。',
      },
    },
  },
};
