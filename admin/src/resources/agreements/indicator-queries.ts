import { graphql } from '../../gql/index.js';

/** An agreement's monthly indicator measurements, oldest first, for the charts tab. */
export const AgreementIndicators = graphql(`
  query AgreementIndicators($agreementId: ID!) {
    indicatorMeasurements(first: 500, filter: { agreementId: $agreementId }) {
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
