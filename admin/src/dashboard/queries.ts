import { graphql } from '../gql/index.js';

export const DashboardQuery = graphql(`
  query AdminDashboard($from: Date, $to: Date) {
    dashboard(from: $from, to: $to) {
      penaltiesByMonth {
        month
        penalisedFen
        recoveredFen
        count
      }
      penaltiesByViolation {
        violationTypeId
        code
        nameZh
        nameEn
        penalisedFen
        recoveredFen
        count
      }
      violatingShare {
        month
        insurerId
        nameZh
        nameEn
        settledFundFen
        flaggedFen
        share
      }
      agreementsByStatus {
        status
        count
      }
    }
    agreementsExpiringSoon(first: 10, days: 90) {
      totalCount
      edges {
        node {
          id
          number
          kind
          status
          endsOn
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
      }
    }
  }
`);
