import type { ResourceProps } from 'react-admin';
import ReceiptLongIcon from '@mui/icons-material/ReceiptLong';
import type { ResourceDef } from '../../providers/data/resource-def.js';
import { MonthlyReportList, MonthlyReportOne } from './queries.js';
import { lazyScreen } from '../../common/lazy-screen.js';

// Each screen is its own chunk, loaded when first shown.
const ReportList = lazyScreen(() => import('./ReportList.js'), 'ReportList');
const ReportShow = lazyScreen(() => import('./ReportShow.js'), 'ReportShow');

export const monthlyReportsDef: ResourceDef = {
  list: MonthlyReportList,
  listField: 'monthlyReports',
  one: MonthlyReportOne,
  oneField: 'node',
  orderFields: { period: 'PERIOD', submittedAt: 'SUBMITTED_AT' },
};

export const monthlyReportsView: ResourceProps = {
  name: 'monthlyReports',
  icon: ReceiptLongIcon,
  list: ReportList,
  show: ReportShow,
  recordRepresentation: 'period',
};
