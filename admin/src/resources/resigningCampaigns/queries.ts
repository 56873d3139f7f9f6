import { graphql } from '../../gql/index.js';

export const CampaignRowFields = graphql(`
  fragment CampaignRow on ResigningCampaign {
    id
    status
    total
    startedAt
    finishedAt
    counts {
      pending
      resigned
      excepted
      refused
    }
    template {
      id
      code
      versionNo
      kind
    }
  }
`);

export const CampaignList = graphql(`
  query CampaignList($first: Int, $after: String) {
    resigningCampaigns(first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        node {
          ...CampaignRow
        }
      }
    }
  }
`);

export const CampaignOne = graphql(`
  query CampaignOne($id: ID!) {
    resigningCampaign: node(id: $id) {
      ... on ResigningCampaign {
        ...CampaignRow
        items(first: 100) {
          totalCount
          edges {
            node {
              id
              status
              reasonCode
              reasonZh
              reasonEn
              versionNo
              processedAt
              agreement {
                id
                number
                provider {
                  id
                  nameZh
                  nameEn
                }
              }
            }
          }
        }
      }
    }
  }
`);
