import { graphql } from '../../gql/index.js';

export const ProviderList = graphql(`
  query ProviderList($first: Int, $after: String, $filter: ProviderFilter, $orderBy: ProviderOrder) {
    providers(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
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
          hospitalGrade
          ownership
          regionCode
          status
          reapplicationBannedUntil
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

export const ProviderOne = graphql(`
  query ProviderOne($id: ID!) {
    provider(id: $id) {
      id
      code
      nameZh
      nameEn
      kind
      monthlyReporting
      hospitalGrade
      pharmacyClass
      ownership
      licenceScope
      regionCode
      address
      status
      reapplicationBannedUntil
      version
      createdAt
      updatedAt
      insurer {
        id
        nameZh
        nameEn
      }
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
      findings(first: 50) {
        totalCount
        edges {
          node {
            id
            number
            status
            violatingAmountFen
            foundOn
          }
        }
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
          }
        }
      }
    }
  }
`);

export const ProviderMany = graphql(`
  query ProviderMany($ids: [ID!]!) {
    nodes(ids: $ids) {
      ... on Provider {
        id
        code
        nameZh
        nameEn
      }
    }
  }
`);

export const UpdateProvider = graphql(`
  mutation UpdateProvider($input: UpdateProviderInput!) {
    updateProvider(input: $input) {
      provider {
        id
        nameZh
        nameEn
        hospitalGrade
        pharmacyClass
        ownership
        licenceScope
        regionCode
        address
        version
      }
      auditSeq
    }
  }
`);
