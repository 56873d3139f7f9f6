import { graphql } from '../../gql/index.js';

// The list never asks for the reporter's contact: it is shown on one tip-off's page only, and
// only to the roles the API answers it for (readReporterIdentity).
export const TipOffList = graphql(`
  query TipOffList($first: Int, $after: String, $filter: TipOffFilter, $orderBy: TipOffOrder) {
    tipOffs(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        node {
          id
          number
          channel
          status
          summary
          receivedAt
          investigationDueOn
          verifiedAmountFen
          rewardFen
          version
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
        }
      }
    }
  }
`);

export const TipOffOne = graphql(`
  query TipOffOne($id: ID!) {
    node(id: $id) {
      ... on TipOff {
        id
        number
        channel
        status
        summary
        reporterContact
        receivedAt
        closedAt
        assigneeName
        investigationDueOn
        verifiedAmountFen
        rewardKind
        rewardFen
        rewardApprovedAt
        rewardPaidAt
        rewardPaymentRef
        version
        assigneePartner {
          id
          nameZh
          nameEn
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
        findings(first: 20) {
          totalCount
          edges {
            node {
              id
              number
              status
            }
          }
        }
      }
    }
  }
`);

// Who may investigate among the insurer's staff, by name; asked only when the assign dialog
// offers staff (the API answers it to whoever may assign, auditors included).
export const TipOffAssignableStaff = graphql(`
  query TipOffAssignableStaff($id: ID!) {
    node(id: $id) {
      ... on TipOff {
        id
        assignableStaff {
          userId
          displayName
        }
      }
    }
  }
`);
