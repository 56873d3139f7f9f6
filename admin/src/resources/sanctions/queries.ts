import { graphql } from '../../gql/index.js';

/** The suspension penalties of an insured person or a physician, as their pages list them. */
export const SuspensionPenaltiesFields = graphql(`
  fragment SuspensionPenalties on PenaltyConnection {
    totalCount
    edges {
      node {
        id
        number
        measure
        status
        durationMonths
      }
    }
  }
`);

/** Insured persons whose direct settlement is suspended (names masked as the API decides). */
export const SettlementSuspensionList = graphql(`
  query SettlementSuspensionList(
    $first: Int
    $after: String
    $filter: InsuredPersonFilter
    $orderBy: InsuredPersonOrder
  ) {
    insuredPersons(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        node {
          id
          nameZh
          idNumber
          settlementSuspendedUntil
          insurer {
            id
            nameZh
            nameEn
          }
        }
      }
    }
  }
`);

export const SettlementSuspensionOne = graphql(`
  query SettlementSuspensionOne($id: ID!) {
    node(id: $id) {
      ... on InsuredPerson {
        id
        nameZh
        idNumber
        settlementSuspendedUntil
        insurer {
          id
          nameZh
          nameEn
        }
        penalties(first: 20) {
          ...SuspensionPenalties
        }
        settlementSuspensions {
          suspendedFrom
          suspendedUntil
          scope
          restoredOn
          reversedOn
        }
      }
    }
  }
`);

/** Physicians whose billing right is suspended (the physicians list, filtered by status). */
export const BillingSuspensionList = graphql(`
  query BillingSuspensionList(
    $first: Int
    $after: String
    $filter: PhysicianFilter
    $orderBy: PhysicianOrder
  ) {
    physicians(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        node {
          id
          code
          nameZh
          nameEn
          status
          billingSuspendedUntil
          primaryProvider {
            id
            nameZh
            nameEn
          }
        }
      }
    }
  }
`);

export const BillingSuspensionOne = graphql(`
  query BillingSuspensionOne($id: ID!) {
    node(id: $id) {
      ... on Physician {
        id
        code
        nameZh
        nameEn
        licenceNumber
        status
        billingSuspendedUntil
        version
        primaryProvider {
          id
          nameZh
          nameEn
        }
        penalties(first: 20) {
          ...SuspensionPenalties
        }
      }
    }
  }
`);

export const SanctionEndRowFields = graphql(`
  fragment SanctionEndRow on SanctionEnd {
    id
    kind
    reason
    suspendedUntil
    endedOn
    requestDocumentRef
    pledgeDocumentRef
    note
    createdAt
  }
`);

export const SanctionEndList = graphql(`
  query SanctionEndList($first: Int, $after: String) {
    sanctionEnds(first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        node {
          ...SanctionEndRow
        }
      }
    }
  }
`);

export const SanctionEndOne = graphql(`
  query SanctionEndOne($id: ID!) {
    node(id: $id) {
      ...SanctionEndRow
    }
  }
`);

/** A document sent to another authority, with the penalty it follows (by its number). */
export const DispatchedDocumentRowFields = graphql(`
  fragment DispatchedDocumentRow on DispatchedDocument {
    id
    kind
    recipient
    documentRef
    dispatchedAt
    deliveryStatus
    deliveredAt
    penalty {
      id
      number
    }
    version
  }
`);

export const DispatchedDocumentList = graphql(`
  query DispatchedDocumentList($first: Int, $after: String) {
    dispatchedDocuments(first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        node {
          ...DispatchedDocumentRow
        }
      }
    }
  }
`);

export const DispatchedDocumentOne = graphql(`
  query DispatchedDocumentOne($id: ID!) {
    node(id: $id) {
      ...DispatchedDocumentRow
    }
  }
`);

/** A case referred to another authority, with the penalty it follows (by its number). */
export const ReferralRowFields = graphql(`
  fragment ReferralRow on Referral {
    id
    kind
    receivingAuthority
    documentRef
    referredAt
    outcome
    outcomeNote
    outcomeAt
    penalty {
      id
      number
    }
    version
  }
`);

export const ReferralList = graphql(`
  query ReferralList($first: Int, $after: String) {
    referrals(first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        node {
          ...ReferralRow
        }
      }
    }
  }
`);

export const ReferralOne = graphql(`
  query ReferralOne($id: ID!) {
    node(id: $id) {
      ...ReferralRow
    }
  }
`);
