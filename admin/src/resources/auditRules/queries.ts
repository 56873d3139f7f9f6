import { graphql } from '../../gql/index.js';

export const AuditRuleList = graphql(`
  query AuditRuleList($first: Int, $after: String, $filter: AuditRuleFilter, $orderBy: AuditRuleOrder) {
    auditRules(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        node {
          id
          code
          nameZh
          nameEn
          kind
          stages
          blocking
          judgementLevel
          entryCount
          active
          version
        }
      }
    }
  }
`);

export const AuditRuleOne = graphql(`
  query AuditRuleOne($id: ID!) {
    node(id: $id) {
      ... on AuditRule {
        id
        code
        nameZh
        nameEn
        kind
        stages
        blocking
        judgementLevel
        parameters
        parameterSchema
        ruleKey
        entryCount
        active
        version
        createdAt
        violationType {
          id
          code
          nameZh
          nameEn
        }
        versions {
          version
          parameters
          judgementLevel
          blocking
          active
          note
          actorName
          createdAt
        }
      }
    }
  }
`);

export const TuneRule = graphql(`
  mutation TuneRule($input: TuneRuleInput!) {
    tuneRule(input: $input) {
      auditSeq
      rule {
        id
        version
        parameters
        judgementLevel
        blocking
        active
      }
    }
  }
`);
