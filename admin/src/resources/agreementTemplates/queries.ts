import { graphql } from '../../gql/index.js';

export const TemplateRowFields = graphql(`
  fragment TemplateRow on AgreementTemplate {
    id
    code
    versionNo
    version
    kind
    status
    titleZh
    titleEn
    effectiveFrom
    publishedAt
    createdAt
  }
`);

export const TemplateList = graphql(`
  query TemplateList(
    $first: Int
    $after: String
    $filter: AgreementTemplateFilter
    $orderBy: AgreementTemplateOrder
  ) {
    agreementTemplates(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        node {
          ...TemplateRow
        }
      }
    }
  }
`);

export const TemplateMany = graphql(`
  query TemplateMany($ids: [ID!]!) {
    nodes(ids: $ids) {
      ... on AgreementTemplate {
        ...TemplateRow
      }
    }
  }
`);

export const ReplaySideFields = graphql(`
  fragment ReplaySide on WhatIfSide {
    hits
    hitAmountFen
    breaches
    ladder {
      clauseNo
      stepNo
      measure
      count
      amountFen
    }
  }
`);

export const ReplayFields = graphql(`
  fragment ReplayFull on WhatIfReplay {
    id
    status
    periodFrom
    periodTo
    ruleParameters
    error
    createdAt
    finishedAt
    baseline {
      ...ReplaySide
    }
    candidate {
      ...ReplaySide
    }
    providers {
      provider {
        id
        nameZh
        nameEn
      }
      baseline {
        hits
        hitAmountFen
        breaches
      }
      candidate {
        hits
        hitAmountFen
        breaches
      }
    }
    rules {
      ruleCode
      baseline {
        hits
        amountFen
      }
      candidate {
        hits
        amountFen
      }
    }
  }
`);

export const TemplateOne = graphql(`
  query TemplateOne($id: ID!) {
    agreementTemplate: node(id: $id) {
      ... on AgreementTemplate {
        ...TemplateRow
        changeNote
        insurer {
          id
          nameZh
          nameEn
        }
        clauses {
          clauseNo
          titleZh
          titleEn
          bodyZh
          bodyEn
          ruleCodes
          indicatorMetrics
          ladder {
            windowMonths
            steps {
              measure
              multiple
              durationMonths
            }
          }
        }
        indicators {
          metric
          comparator
          threshold
          unit
          breachMeasure
        }
        lastReplay {
          ...ReplayFull
        }
      }
    }
  }
`);

export const ReplayOne = graphql(`
  query WhatIfReplayOne($id: ID!) {
    node(id: $id) {
      ... on WhatIfReplay {
        ...ReplayFull
        template {
          id
          code
          versionNo
        }
      }
    }
  }
`);

export const TemplateReplays = graphql(`
  query TemplateReplays($templateId: ID!) {
    whatIfReplays(first: 10, templateId: $templateId) {
      totalCount
      edges {
        node {
          id
          status
          periodFrom
          periodTo
          createdAt
        }
      }
    }
  }
`);
