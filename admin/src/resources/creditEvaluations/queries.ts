import { graphql } from '../../gql/index.js';

export const CreditEvaluationList = graphql(`
  query CreditEvaluationList(
    $first: Int
    $after: String
    $filter: CreditEvaluationFilter
    $orderBy: CreditEvaluationOrder
  ) {
    creditEvaluations(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        node {
          id
          subjectType
          year
          score
          grade
          basis
          blacklisted
          evaluatedAt
          version
          provider {
            id
            nameZh
            nameEn
          }
          partner {
            id
            nameZh
            nameEn
          }
          physician {
            id
            nameZh
            nameEn
          }
        }
      }
    }
  }
`);

// A partner's evaluation also shows what its agreements' assessments earned by the fee formula
// of the partner agreement (`serviceFee`, fixed at publication; null without a formula then).
export const CreditEvaluationOne = graphql(`
  query CreditEvaluationOne($id: ID!) {
    node(id: $id) {
      ... on CreditEvaluation {
        id
        subjectType
        year
        score
        grade
        basis
        blacklisted
        evaluatedAt
        computedScore
        adjustmentReason
        adjustedAt
        version
        deductions {
          rule
          ref
          points
          labelZh
          labelEn
        }
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
        physician {
          id
          nameZh
          nameEn
        }
        partner {
          id
          nameZh
          nameEn
          agreements(first: 5) {
            edges {
              node {
                id
                number
                assessments(first: 5) {
                  edges {
                    node {
                      id
                      year
                      score
                      serviceFee {
                        baseFeeFen
                        factorBasisPoints
                        feeFen
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
  }
`);
