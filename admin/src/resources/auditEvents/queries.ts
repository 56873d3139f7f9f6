import { graphql } from '../../gql/index.js';

export const AuditEventRowFields = graphql(`
  fragment AuditEventRow on AuditEvent {
    id
    seq
    type
    subject
    entityType
    entityId
    time
    actorType
    actorId
    actorName
    subjectName
    requestId
    data
    hash
  }
`);

export const AuditEventsLatest = graphql(`
  query AuditEventsLatest($last: Int, $types: [String!], $subject: String, $actor: String) {
    auditEvents(last: $last, types: $types, subject: $subject, actor: $actor) {
      totalCount
      edges {
        node {
          ...AuditEventRow
        }
      }
    }
  }
`);

export const AuditEventsLive = graphql(`
  subscription AuditEventsLive($after: String, $types: [String!], $subject: String) {
    auditEvents(after: $after, types: $types, subject: $subject) {
      __typename
      ... on AuditEvent {
        ...AuditEventRow
      }
      ... on AuditHeartbeat {
        latestSeq
        at
      }
    }
  }
`);

export const VerifyAuditChain = graphql(`
  query VerifyAuditChain {
    verifyAuditChain {
      ok
      checkedCount
      fromSeq
      toSeq
      lastHash
      firstBroken {
        seq
        problem
        message
      }
    }
  }
`);

export const AuditEventTypes = graphql(`
  query AuditEventTypes {
    auditEventTypes
  }
`);
