import { graphql } from '../../gql/index.js';

export const StartScreeningRun = graphql(`
  mutation StartScreeningRun($input: StartScreeningRunInput!) {
    startScreeningRun(input: $input) {
      auditSeq
      screeningRun {
        ...ScreeningRunFields
      }
    }
  }
`);

export const CancelScreeningRun = graphql(`
  mutation CancelScreeningRun($input: ScreeningRunIdInput!) {
    cancelScreeningRun(input: $input) {
      auditSeq
      screeningRun {
        ...ScreeningRunFields
      }
    }
  }
`);

export const ResumeScreeningRun = graphql(`
  mutation ResumeScreeningRun($input: ScreeningRunIdInput!) {
    resumeScreeningRun(input: $input) {
      auditSeq
      screeningRun {
        ...ScreeningRunFields
      }
    }
  }
`);
