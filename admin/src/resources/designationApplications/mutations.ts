import { graphql } from '../../gql/index.js';

export const ApplyForDesignation = graphql(`
  mutation ApplyForDesignation($input: ApplyForDesignationInput!) {
    applyForDesignation(input: $input) {
      application {
        id
        number
        status
        version
      }
      auditSeq
    }
  }
`);

export const EvaluateApplication = graphql(`
  mutation EvaluateApplication($input: EvaluateApplicationInput!) {
    evaluateApplication(input: $input) {
      application {
        id
        status
        totalScore
        version
      }
      auditSeq
    }
  }
`);

export const DecideApplication = graphql(`
  mutation DecideApplication($input: DecideApplicationInput!) {
    decideApplication(input: $input) {
      application {
        id
        status
        version
      }
      auditSeq
    }
  }
`);

export const WithdrawApplication = graphql(`
  mutation WithdrawApplication($input: WithdrawApplicationInput!) {
    withdrawApplication(input: $input) {
      application {
        id
        status
        withdrawnAt
        version
      }
      auditSeq
    }
  }
`);
