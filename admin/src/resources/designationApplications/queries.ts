import { graphql } from '../../gql/index.js';

export const DesignationApplicationList = graphql(`
  query DesignationApplicationList(
    $first: Int
    $after: String
    $filter: DesignationApplicationFilter
    $orderBy: DesignationApplicationOrder
  ) {
    designationApplications(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        node {
          id
          number
          applicantNameZh
          applicantNameEn
          kind
          status
          submittedAt
          decisionDueOn
          totalScore
          version
        }
      }
    }
  }
`);

export const DesignationApplicationOne = graphql(`
  query DesignationApplicationOne($id: ID!) {
    node(id: $id) {
      ... on DesignationApplication {
        id
        number
        applicantNameZh
        applicantNameEn
        kind
        hospitalGrade
        pharmacyClass
        ownership
        licenceScope
        regionCode
        address
        status
        submittedAt
        withdrawnAt
        evaluationDueOn
        decisionDueOn
        totalScore
        refusalReason
        version
        materials {
          title
          ref
        }
        scoreItems {
          item
          score
          max
          labelZh
          labelEn
          note
        }
        provider {
          id
          nameZh
          nameEn
        }
        agreement {
          id
          number
          status
        }
      }
    }
  }
`);
