import { graphql } from '../../gql/index.js';

export const FindingRowFields = graphql(`
  fragment FindingRow on Finding {
    id
    number
    status
    source
    foundOn
    violatingAmountFen
    version
    description
    agreement {
      id
      number
    }
    provider {
      id
      nameZh
      nameEn
    }
    violationType {
      id
      code
      nameZh
      nameEn
      category
    }
  }
`);

export const FindingList = graphql(`
  query FindingList($first: Int, $after: String, $filter: FindingFilter, $orderBy: FindingOrder) {
    findings(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        node {
          ...FindingRow
        }
      }
    }
  }
`);

export const FindingOne = graphql(`
  query FindingOne($id: ID!) {
    finding(id: $id) {
      ...FindingRow
      evidence
      occurredFrom
      occurredTo
      createdAt
      updatedAt
      agreement {
        id
        insurer {
          id
        }
      }
      insuredPerson {
        id
        nameZh
        idNumber
      }
      physician {
        id
        nameZh
        nameEn
      }
      partner {
        id
        nameZh
        nameEn
      }
      penalties(first: 50) {
        totalCount
        edges {
          node {
            id
            number
            measure
            status
            amountFen
            proposedAt
          }
        }
      }
    }
  }
`);

export const FindingMany = graphql(`
  query FindingMany($ids: [ID!]!) {
    nodes(ids: $ids) {
      ... on Finding {
        ...FindingRow
      }
    }
  }
`);
