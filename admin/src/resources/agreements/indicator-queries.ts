import { graphql } from '../../gql/index.js';

/** An agreement's monthly indicator measurements since a month, for the charts tab (a page holds 100: ten metrics × ten months). */
export const AgreementIndicators = graphql(`
  query AgreementIndicators($agreementId: ID!, $monthFrom: Date!) {
    indicatorMeasurements(first: 100, filter: { agreementId: $agreementId, monthFrom: $monthFrom }) {
      totalCount
      edges {
        node {
          id
          metric
          month
          value
          threshold
          comparator
          breached
          partial
        }
      }
    }
  }
`);
