import { graphql } from '../../gql/index.js';

export const PartnerList = graphql(`
  query PartnerList($first: Int, $after: String, $filter: PartnerFilter, $orderBy: PartnerOrder) {
    partners(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
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
          kind
          unifiedSocialCreditCode
          status
          version
        }
      }
    }
  }
`);

export const PartnerOne = graphql(`
  query PartnerOne($id: ID!) {
    partner(id: $id) {
      id
      code
      nameZh
      nameEn
      kind
      unifiedSocialCreditCode
      status
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

export const PartnerMany = graphql(`
  query PartnerMany($ids: [ID!]!) {
    nodes(ids: $ids) {
      ... on Partner {
        id
        code
        nameZh
        nameEn
      }
    }
  }
`);

export const UpdatePartner = graphql(`
  mutation UpdatePartner($input: UpdatePartnerInput!) {
    updatePartner(input: $input) {
      partner {
        id
        nameZh
        nameEn
        kind
        version
      }
      auditSeq
    }
  }
`);
