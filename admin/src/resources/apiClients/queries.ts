import { graphql } from '../../gql/index.js';

/** `apiClients` has no filter or order arguments: the list is small and ordered by creation. */
export const ApiClientList = graphql(`
  query ApiClientList($first: Int, $after: String) {
    apiClients(first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        node {
          id
          name
          role
          createdAt
          disabledAt
          insurer {
            id
            nameZh
            nameEn
          }
          partner {
            id
            nameZh
            nameEn
          }
          # Aliased: the show page's \`keys\` is a list, and react-admin shows a list row as its placeholder.
          keyCount: keys(first: 1) {
            totalCount
          }
        }
      }
    }
  }
`);

/** There is no `apiClient(id)` root field: the node is loaded by its global ID. */
export const ApiClientOne = graphql(`
  query ApiClientOne($id: ID!) {
    apiClient: node(id: $id) {
      ... on ApiClient {
        id
        name
        role
        createdAt
        disabledAt
        insurer {
          id
          nameZh
          nameEn
        }
        partner {
          id
          nameZh
          nameEn
        }
        keys(first: 100) {
          totalCount
          edges {
            node {
              id
              prefix
              label
              createdAt
              expiresAt
              revokedAt
              lastUsedAt
              active
            }
          }
        }
      }
    }
  }
`);

export const ApiClientMany = graphql(`
  query ApiClientMany($ids: [ID!]!) {
    nodes(ids: $ids) {
      ... on ApiClient {
        id
        name
        role
      }
    }
  }
`);
