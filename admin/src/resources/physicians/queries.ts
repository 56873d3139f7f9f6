import { graphql } from '../../gql/index.js';

export const PhysicianList = graphql(`
  query PhysicianList($first: Int, $after: String, $filter: PhysicianFilter, $orderBy: PhysicianOrder) {
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
          profession
          status
          licenceNumber
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

export const PhysicianOne = graphql(`
  query PhysicianOne($id: ID!) {
    physician(id: $id) {
      id
      code
      nameZh
      nameEn
      idNumber
      licenceNumber
      profession
      status
      billingSuspendedUntil
      version
      createdAt
      updatedAt
      primaryProvider {
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
          }
        }
      }
    }
  }
`);

export const PhysicianMany = graphql(`
  query PhysicianMany($ids: [ID!]!) {
    nodes(ids: $ids) {
      ... on Physician {
        id
        code
        nameZh
        nameEn
      }
    }
  }
`);

export const UpdatePhysician = graphql(`
  mutation UpdatePhysician($input: UpdatePhysicianInput!) {
    updatePhysician(input: $input) {
      physician {
        id
        nameZh
        nameEn
        licenceNumber
        profession
        version
      }
      auditSeq
    }
  }
`);

export const RegisterPhysician = graphql(`
  mutation RegisterPhysician($input: RegisterPhysicianInput!) {
    registerPhysician(input: $input) {
      physician {
        id
        code
        nameZh
        nameEn
        version
      }
      auditSeq
    }
  }
`);
