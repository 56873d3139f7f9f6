import { graphql } from '../../gql/index.js';

export const ComputeCreditGrade = graphql(`
  mutation ComputeCreditGrade($input: ComputeCreditGradeInput!) {
    computeCreditGrade(input: $input) {
      evaluation {
        id
        score
        grade
        basis
        version
      }
      auditSeq
    }
  }
`);

export const AdjustCreditGrade = graphql(`
  mutation AdjustCreditGrade($input: AdjustCreditGradeInput!) {
    adjustCreditGrade(input: $input) {
      evaluation {
        id
        score
        grade
        basis
        adjustmentReason
        adjustedAt
        version
      }
      auditSeq
    }
  }
`);
