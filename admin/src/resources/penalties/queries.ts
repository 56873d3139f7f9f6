import { graphql } from '../../gql/index.js';

export const PenaltyRowFields = graphql(`
  fragment PenaltyRow on Penalty {
    id
    number
    status
    measure
    target
    amountFen
    baseAmountFen
    multiple
    recoveredAmountFen
    version
    proposedAt
    issuedAt
    appealDeadline
    provider {
      id
      nameZh
      nameEn
    }
    agreement {
      id
      number
    }
    finding {
      id
      number
    }
  }
`);

export const PenaltyList = graphql(`
  query PenaltyList($first: Int, $after: String, $filter: PenaltyFilter, $orderBy: PenaltyOrder) {
    penalties(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        node {
          ...PenaltyRow
        }
      }
    }
  }
`);

export const PenaltyOne = graphql(`
  query PenaltyOne($id: ID!) {
    penalty(id: $id) {
      ...PenaltyRow
      durationMonths
      insuredSuspensionScope
      rectificationDueOn
      effectiveFrom
      effectiveUntil
      legalBasis
      clauseRef
      notes
      decidedAt
      executedAt
      closedAt
      createdAt
      updatedAt
      physician {
        id
        nameZh
        nameEn
      }
      insuredPerson {
        id
        nameZh
      }
      finding {
        id
        number
        violatingAmountFen
        violationType {
          id
          nameZh
          nameEn
        }
      }
      appeals(first: 20) {
        totalCount
        edges {
          node {
            id
            kind
            grounds
            filedAt
            filedByType
            decision
            decisionReason
            reducedAmountFen
            decidedAt
          }
        }
      }
    }
  }
`);

export const PenaltyMany = graphql(`
  query PenaltyMany($ids: [ID!]!) {
    nodes(ids: $ids) {
      ... on Penalty {
        ...PenaltyRow
      }
    }
  }
`);
