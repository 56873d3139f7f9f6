import { graphql } from '../../gql/index.js';

export const InsurerList = graphql(`
  query InsurerList($first: Int, $after: String, $filter: InsurerFilter, $orderBy: InsurerOrder) {
    insurers(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
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
          level
          regionCode
          regionZh
          regionEn
          version
        }
      }
    }
  }
`);

export const InsurerOne = graphql(`
  query InsurerOne($id: ID!) {
    insurer(id: $id) {
      id
      code
      nameZh
      nameEn
      level
      regionCode
      regionZh
      regionEn
      version
      createdAt
      updatedAt
      agreements(first: 50) {
        totalCount
        edges {
          node {
            id
            number
            kind
            status
            endsOn
          }
        }
      }
    }
  }
`);

export const InsurerMany = graphql(`
  query InsurerMany($ids: [ID!]!) {
    nodes(ids: $ids) {
      ... on Insurer {
        id
        code
        nameZh
        nameEn
      }
    }
  }
`);
