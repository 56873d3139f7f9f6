import { graphql } from '../gql/index.js';

export const MonitoringReportQuery = graphql(`
  query AdminMonitoringReport($month: String!, $insurerId: ID) {
    monitoringReport(month: $month, insurerId: $insurerId) {
      month
      reminders {
        count
        amountFen
      }
      interceptions {
        count
        amountFen
        fundFen
      }
      flagged {
        count
        amountFen
      }
      refusals {
        count
        amountFen
      }
      settledClaims
      settledFundFen
      violatingShare
      confirmedShare
      byRule {
        ruleCode
        nameZh
        nameEn
        hits
        amountFen
      }
      byProvider {
        providerId
        nameZh
        nameEn
        hits
        amountFen
      }
    }
  }
`);

/** Platform admins name the insurer the report is for. */
export const ReportInsurersQuery = graphql(`
  query AdminReportInsurers {
    insurers(first: 100) {
      edges {
        node {
          id
          code
          nameZh
          nameEn
        }
      }
    }
  }
`);
