import { graphql } from '../../gql/index.js';

export const InterceptionList = graphql(`
  query InterceptionList(
    $first: Int
    $after: String
    $filter: InterceptionFilter
    $orderBy: InterceptionOrder
  ) {
    interceptions(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        node {
          id
          settlementId
          settlementMonth
          at
          fundFen
          hitAmountFen
          ruleKeys
          provider {
            id
            nameZh
            nameEn
          }
        }
      }
    }
  }
`);

export const InterceptionOne = graphql(`
  query InterceptionOne($id: ID!) {
    node(id: $id) {
      ... on Interception {
        id
        settlementId
        settlementMonth
        at
        fundFen
        hitAmountFen
        ruleKeys
        provider {
          id
          nameZh
          nameEn
        }
      }
    }
  }
`);
