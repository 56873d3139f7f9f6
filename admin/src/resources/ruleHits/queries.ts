import { graphql } from '../../gql/index.js';

export const RuleHitRowFields = graphql(`
  fragment RuleHitRow on RuleHit {
    id
    claimRef
    stage
    status
    step
    stepEnteredAt
    dueAt
    overdue
    allowedActions
    amountFen
    occurredAt
    rule {
      id
      code
      nameZh
      nameEn
    }
    provider {
      id
      nameZh
      nameEn
    }
    agreement {
      id
      number
    }
    finding {
      id
      number
    }
  }
`);

export const RuleHitList = graphql(`
  query RuleHitList($first: Int, $after: String, $filter: RuleHitFilter, $orderBy: RuleHitOrder) {
    ruleHits(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        node {
          ...RuleHitRow
        }
      }
    }
  }
`);

export const RuleHitOne = graphql(`
  query RuleHitOne($id: ID!) {
    ruleHit(id: $id) {
      ...RuleHitRow
      detail
      indicatorMetric
      explanationZh
      explanationEn
      history {
        id
        action
        fromStep
        toStep
        note
        amountFen
        dueAt
        late
        actorType
        occurredAt
      }
    }
  }
`);

export const RuleHitMany = graphql(`
  query RuleHitMany($ids: [ID!]!) {
    nodes(ids: $ids) {
      ... on RuleHit {
        ...RuleHitRow
      }
    }
  }
`);

export const ReviewDeadlinesOne = graphql(`
  query ReviewDeadlinesOne {
    reviewDeadlines {
      initialReviewDays
      reexaminationDays
      statementDays
      investigationDays
      handlingDays
    }
  }
`);
