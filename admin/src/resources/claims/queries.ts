import { graphql } from '../../gql/index.js';

export const ClaimList = graphql(`
  query ClaimList($first: Int, $after: String, $filter: ClaimFilter, $orderBy: ClaimOrder) {
    claims(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        node {
          id
          settlementId
          visitType
          insuranceType
          settledAt
          totalFen
          fundFen
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

export const ClaimOne = graphql(`
  query ClaimOne($id: ID!) {
    node(id: $id) {
      ... on Claim {
        id
        settlementId
        visitType
        insuranceType
        settlementCategory
        settledAt
        settlementMonth
        admittedOn
        dischargedOn
        diagnoses
        totalFen
        fundFen
        accountFen
        selfFen
        provider {
          id
          nameZh
          nameEn
        }
        lines {
          lineNo
          catalogueCode
          name
          category
          quantity
          unitPriceFen
          amountFen
          daysSupply
          servedOn
        }
        hits {
          id
          stage
          status
          amountFen
          detail
          occurredAt
          rule {
            id
            code
            nameZh
            nameEn
            kind
          }
        }
      }
    }
  }
`);
