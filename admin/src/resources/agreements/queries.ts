import { graphql } from '../../gql/index.js';

export const AgreementRowFields = graphql(`
  fragment AgreementRow on Agreement {
    id
    number
    family
    kind
    status
    suspensionScope
    startsOn
    endsOn
    version
    currentVersionNo
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
    partner {
      id
      nameZh
      nameEn
    }
  }
`);

export const AgreementList = graphql(`
  query AgreementList($first: Int, $after: String, $filter: AgreementFilter, $orderBy: AgreementOrder) {
    agreements(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        node {
          ...AgreementRow
        }
      }
    }
  }
`);

export const AgreementMany = graphql(`
  query AgreementMany($ids: [ID!]!) {
    nodes(ids: $ids) {
      ... on Agreement {
        ...AgreementRow
      }
    }
  }
`);

export const AgreementTermsFields = graphql(`
  fragment AgreementTerms on AgreementVersion {
    id
    versionNo
    templateCode
    templateVersion
    changeNote
    effectiveFrom
    createdAt
    clauses(first: 100) {
      totalCount
      edges {
        node {
          id
          clauseNo
          titleZh
          titleEn
          bodyZh
          bodyEn
        }
      }
    }
    indicators(first: 50) {
      totalCount
      edges {
        node {
          id
          metric
          comparator
          threshold
          unit
          breachMeasure
        }
      }
    }
  }
`);

export const AgreementOne = graphql(`
  query AgreementOne($id: ID!) {
    agreement(id: $id) {
      ...AgreementRow
      entrustedWork
      signedAt
      terminatedAt
      createdAt
      updatedAt
      renewedFrom {
        id
        number
      }
      renewedBy {
        id
        number
      }
      provider {
        id
        nameZh
        nameEn
        code
        status
        reapplicationBannedUntil
      }
      partner {
        id
        nameZh
        nameEn
        code
      }
      currentVersion {
        id
        versionNo
        templateCode
        templateVersion
        effectiveFrom
      }
      versions(first: 20) {
        totalCount
        edges {
          node {
            id
            versionNo
            templateCode
            templateVersion
            changeNote
            effectiveFrom
            createdAt
          }
        }
      }
      transitions(first: 50) {
        totalCount
        edges {
          node {
            id
            action
            fromStatus
            toStatus
            reason
            effectiveOn
            actorType
            actorId
            actorName
            occurredAt
          }
        }
      }
    }
  }
`);

/** One version's terms, loaded per version: the show page stays small and each tab loads what it shows. */
export const VersionTerms = graphql(`
  query AgreementVersionTerms($id: ID!) {
    node(id: $id) {
      ... on AgreementVersion {
        ...AgreementTerms
      }
    }
  }
`);

/** The Edit screen's record: the draft with its current (first) version's terms. */
export const AgreementEditOne = graphql(`
  query AgreementEditOne($id: ID!) {
    agreement(id: $id) {
      ...AgreementRow
      entrustedWork
      currentVersion {
        ...AgreementTerms
      }
    }
  }
`);
