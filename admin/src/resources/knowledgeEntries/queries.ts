import { graphql } from '../../gql/index.js';

export const KnowledgeEntryList = graphql(`
  query KnowledgeEntryList($first: Int, $after: String, $filter: KnowledgeEntryFilter) {
    knowledgeEntries(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        node {
          id
          kind
          catalogueCode
          nameZh
          nameEn
          batch
          sex
          maxAgeYears
          insuranceTypes
          icd10Prefixes
          priceFen
          maxQuantity
          maxDaysSupply
          validityDays
          maxUses
          discountPercent
          active
          national
          version
        }
      }
    }
  }
`);

export const KnowledgeEntryOne = graphql(`
  query KnowledgeEntryOne($id: ID!) {
    node(id: $id) {
      ... on KnowledgeEntry {
        id
        kind
        catalogueCode
        nameZh
        batch
        active
        version
      }
    }
  }
`);
