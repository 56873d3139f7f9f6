import { graphql } from '../../gql/index.js';

export const TipOffStep = graphql(`
  fragment TipOffStep on TipOff {
    id
    status
    version
    assigneeUserId
    assigneeName
    investigationDueOn
    verifiedAmountFen
    rewardKind
    rewardFen
    rewardApprovedAt
    rewardPaidAt
    rewardPaymentRef
    closedAt
  }
`);

export const AssignTipOff = graphql(`
  mutation AssignTipOff($input: AssignTipOffInput!) {
    assignTipOff(input: $input) {
      tipOff {
        ...TipOffStep
      }
      auditSeq
    }
  }
`);

export const VerifyTipOff = graphql(`
  mutation VerifyTipOff($input: VerifyTipOffInput!) {
    verifyTipOff(input: $input) {
      tipOff {
        ...TipOffStep
      }
      auditSeq
    }
  }
`);

export const ApproveTipOffReward = graphql(`
  mutation ApproveTipOffReward($input: TipOffStepInput!) {
    approveTipOffReward(input: $input) {
      tipOff {
        ...TipOffStep
      }
      auditSeq
    }
  }
`);

export const PayTipOffReward = graphql(`
  mutation PayTipOffReward($input: PayTipOffRewardInput!) {
    payTipOffReward(input: $input) {
      tipOff {
        ...TipOffStep
      }
      auditSeq
    }
  }
`);

export const ReceiveTipOff = graphql(`
  mutation ReceiveTipOff($input: ReceiveTipOffInput!) {
    receiveTipOff(input: $input) {
      tipOff {
        id
        number
        ...TipOffStep
      }
      auditSeq
    }
  }
`);
