/** Messages of the tip-off screens (举报线索); zh in tipOffs.zh-CN.ts (same keys, checked by the compiler). */
export const tipOffsEn = {
  resources: {
    tipOffs: {
      name: 'Tip-offs',
      fields: {
        number: 'Number',
        status: 'Status',
        channel: 'Channel',
        insurer: 'Insurer',
        provider: 'Provider',
        summary: 'Summary',
        reporterContact: "Reporter's contact",
        receivedAt: 'Received',
        assigneePartner: 'Assigned partner',
        assigneeUserId: 'Assigned staff member',
        assigneeName: 'Assigned staff member',
        investigationDueOn: 'Investigation due',
        verifiedAmountFen: 'Verified fraud amount',
        verifiedAmountYuan: 'Verified fraud amount (CNY)',
        rewardAmountYuan: 'Reward approved (CNY)',
        rewardKind: 'Reward kind',
        rewardFen: 'Reward',
        rewardApprovedAt: 'Reward approved',
        rewardPaidAt: 'Reward paid',
        rewardPaymentRef: 'Payment voucher',
        closedAt: 'Closed',
        findings: 'Findings',
        outcome: 'Outcome',
      },
      actions: {
        assign: 'Assign',
        verify: 'Conclude',
        approveReward: 'Approve reward',
        payReward: 'Record payment',
      },
      assignee: {
        kind: 'Investigated by',
        partner: 'Entrusted partner',
        staff: 'Agency staff',
        noStaff: 'No admin or auditor of this insurer can be assigned.',
      },
      help: {
        verifiedAmount: 'Verified only: the fraud amount established; leave empty when unfounded.',
        rewardAmount: 'At most the ceiling computed at verification; leave empty to approve the ceiling.',
      },
    },
  },
};
