import { graphql } from '../../gql/index.js';

export const RecordFinding = graphql(`
  mutation RecordFinding($input: RecordFindingInput!) {
    recordFinding(input: $input) {
      finding {
        ...FindingRow
      }
      auditSeq
    }
  }
`);

/** The catalogue of violation types (docs/domain/violations.md; a few dozen), for the finding form's choices. */
export const ViolationTypeChoices = graphql(`
  query ViolationTypeChoices {
    violationTypes(first: 100, orderBy: { field: CODE, direction: ASC }) {
      edges {
        node {
          id
          code
          nameZh
          nameEn
        }
      }
    }
  }
`);
