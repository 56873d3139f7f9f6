import { graphql } from '../../gql/index.js';

export const ScreeningRunList = graphql(`
  query ScreeningRunList($first: Int, $after: String) {
    screeningRuns(first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        node {
          ...ScreeningRunFields
        }
      }
    }
  }
`);

export const ScreeningRunFields = graphql(`
  fragment ScreeningRunFields on ScreeningRun {
    id
    status
    periodFrom
    periodTo
    ruleIds
    progress
    chunksDone
    chunksTotal
    claimsScreened
    hitsFound
    createdAt
    startedAt
    finishedAt
    insurer {
      id
      nameZh
      nameEn
    }
  }
`);

export const ScreeningRunOne = graphql(`
  query ScreeningRunOne($id: ID!) {
    node(id: $id) {
      ... on ScreeningRun {
        ...ScreeningRunFields
      }
    }
  }
`);
