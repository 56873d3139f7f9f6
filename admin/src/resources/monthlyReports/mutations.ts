import { graphql } from '../../gql/index.js';

export const ImportMonthlyReportCsv = graphql(`
  mutation ImportMonthlyReportCsv($input: ImportMonthlyReportCsvInput!) {
    importMonthlyReportCsv(input: $input) {
      replayed
      auditSeq
      report {
        id
        period
      }
    }
  }
`);
