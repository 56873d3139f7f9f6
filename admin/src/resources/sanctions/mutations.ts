import { graphql } from '../../gql/index.js';

export const LiftSettlementSuspension = graphql(`
  mutation LiftSettlementSuspension($input: LiftSettlementSuspensionInput!) {
    liftSettlementSuspension(input: $input) {
      sanctionEnd {
        id
        reason
        endedOn
      }
      auditSeq
    }
  }
`);

export const LiftBillingSuspension = graphql(`
  mutation LiftBillingSuspension($input: LiftBillingSuspensionInput!) {
    liftBillingSuspension(input: $input) {
      sanctionEnd {
        id
        reason
        endedOn
      }
      auditSeq
    }
  }
`);

export const RecordDocumentDelivery = graphql(`
  mutation RecordDocumentDelivery($input: RecordDocumentDeliveryInput!) {
    recordDocumentDelivery(input: $input) {
      document {
        id
        deliveryStatus
        deliveredAt
        version
      }
      auditSeq
    }
  }
`);

export const RecordReferralOutcome = graphql(`
  mutation RecordReferralOutcome($input: RecordReferralOutcomeInput!) {
    recordReferralOutcome(input: $input) {
      referral {
        id
        outcome
        outcomeNote
        outcomeAt
        version
      }
      auditSeq
    }
  }
`);

export const DispatchHealthAuthorityNotice = graphql(`
  mutation DispatchHealthAuthorityNotice($input: DispatchHealthAuthorityNoticeInput!) {
    dispatchHealthAuthorityNotice(input: $input) {
      document {
        id
        deliveryStatus
      }
      auditSeq
    }
  }
`);

export const ReferCase = graphql(`
  mutation ReferCase($input: ReferCaseInput!) {
    referCase(input: $input) {
      referral {
        id
        outcome
      }
      auditSeq
    }
  }
`);
