import { graphql } from '../../gql/index.js';

/** `users` has no filter or order arguments: ordered by creation. */
export const UserList = graphql(`
  query UserList($first: Int, $after: String) {
    users(first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        node {
          id
          username
          displayName
          role
          locale
          lockedUntil
          disabledAt
          createdAt
          insurer {
            id
            nameZh
            nameEn
          }
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

/** There is no `user(id)` root field: the node is loaded by its global ID. */
export const UserOne = graphql(`
  query UserOne($id: ID!) {
    user: node(id: $id) {
      ... on User {
        id
        username
        displayName
        role
        locale
        lockedUntil
        disabledAt
        createdAt
        insurer {
          id
          nameZh
          nameEn
        }
        provider {
          id
          nameZh
          nameEn
        }
      }
    }
  }
`);

export const UserMany = graphql(`
  query UserMany($ids: [ID!]!) {
    nodes(ids: $ids) {
      ... on User {
        id
        username
        displayName
      }
    }
  }
`);

export const CreateUser = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      user {
        id
        username
        displayName
        role
      }
      auditSeq
    }
  }
`);
