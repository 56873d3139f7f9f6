import { graphql } from '../../gql/index.js';

export const MonthlyReportList = graphql(`
  query MonthlyReportList(
    $first: Int
    $after: String
    $filter: MonthlyReportFilter
    $orderBy: MonthlyReportOrder
  ) {
    monthlyReports(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        node {
          id
          period
          dueOn
          submittedAt
          late
          lineCount
          totalFen
          source
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

export const MonthlyReportOne = graphql(`
  query MonthlyReportOne($id: ID!) {
    node(id: $id) {
      ... on MonthlyReport {
        id
        period
        dueOn
        submittedAt
        late
        lineCount
        totalFen
        source
        version
        provider {
          id
          nameZh
          nameEn
        }
        stockingRates {
          category
          listed
          stocked
          ratePercent
          threshold
          met
        }
        lines {
          lineNo
          drugCode
          drugName
          maker
          channel
          category
          unitPriceFen
          quantity
          amountFen
        }
      }
    }
  }
`);
