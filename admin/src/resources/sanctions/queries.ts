import { graphql } from '../../gql/index.js';

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
      }
    }
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
      }
    }
  }
`);

export const SanctionEndOne = graphql(`
  query SanctionEndOne($id: ID!) {
    node(id: $id) {
      ... on SanctionEnd {
        id
        kind
        reason
        insuredPersonId
        physicianId
        suspendedUntil
        endedOn
        requestDocumentRef
        pledgeDocumentRef
        note
        createdAt
      }
    }
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
          id
          kind
          recipient
          documentRef
          dispatchedAt
          deliveryStatus
          deliveredAt
          penaltyId
          version
        }
      }
    }
  }
`);

export const DispatchedDocumentOne = graphql(`
  query DispatchedDocumentOne($id: ID!) {
    node(id: $id) {
      ... on DispatchedDocument {
        id
        kind
        recipient
        documentRef
        dispatchedAt
        deliveryStatus
        deliveredAt
        penaltyId
        version
      }
    }
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
          id
          kind
          receivingAuthority
          documentRef
          referredAt
          outcome
          outcomeNote
          outcomeAt
          penaltyId
          version
        }
      }
    }
  }
`);

export const ReferralOne = graphql(`
  query ReferralOne($id: ID!) {
    node(id: $id) {
      ... on Referral {
        id
        kind
        receivingAuthority
        documentRef
        referredAt
        outcome
        outcomeNote
        outcomeAt
        penaltyId
        version
      }
    }
  }
`);
