import { graphql } from '../../gql/index.js';

export const PublicDisclosureList = graphql(`
  query PublicDisclosureList($first: Int, $after: String) {
    publicDisclosures(first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        node {
          id
          kind
          providerNameZh
          providerNameEn
          violationsZh
          measures
          amountFen
          creditGrade
          decidedOn
          publishedAt
        }
      }
    }
  }
`);

export const PublicDisclosureOne = graphql(`
  query PublicDisclosureOne($id: ID!) {
    node(id: $id) {
      ... on PublicDisclosure {
        id
        kind
        providerNameZh
        providerNameEn
        violationsZh
        measures
        amountFen
        creditGrade
        decidedOn
        publishedAt
        withdrawnAt
      }
    }
  }
`);
