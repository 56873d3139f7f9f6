import {
  BooleanField,
  BooleanInput,
  Datagrid,
  ExportButton,
  FilterButton,
  FunctionField,
  List,
  NumberField,
  TextField,
  TextInput,
  TopToolbar,
  useTranslate,
} from 'react-admin';
import { FileReportButton } from './FileReportButton.js';
import { DateField } from '../../common/DateField.js';
import { EmptyState } from '../../common/EmptyState.js';
import { MoneyField, NameField } from '../../common/fields.js';

const filters = [
  <TextInput key="period" source="period" placeholder="2026-11" />,
  <BooleanInput key="late" source="late" />,
];

/** 月报: each designated pharmacy's or clinic's monthly drug-purchase report, late ones marked. */
/** How the report came in, in the reader's language (the API's API / CSV / CONSOLE). */
export function SourceField(props: { source: string; sortable?: boolean }) {
  const translate = useTranslate();
  return (
    <FunctionField
      {...props}
      render={(r: { source?: string }) =>
        r.source ? translate(`resources.monthlyReports.sources.${r.source}`, { _: r.source }) : '—'
      }
    />
  );
}

export function ReportList() {
  return (
    <List
      filters={filters}
      sort={{ field: 'period', order: 'DESC' }}
      // A provider that has filed nothing yet still needs the toolbar with its File button.
      empty={
        <>
          <TopToolbar>
            <FileReportButton />
          </TopToolbar>
          <EmptyState />
        </>
      }
      actions={
        <TopToolbar>
          <FilterButton />
          <FileReportButton />
          <ExportButton />
        </TopToolbar>
      }
    >
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="period" />
        <NameField source="provider" sortable={false} />
        <DateField source="dueOn" sortable={false} />
        <DateField source="submittedAt" />
        <BooleanField source="late" sortable={false} />
        <NumberField source="lineCount" sortable={false} />
        <MoneyField source="totalFen" sortable={false} />
        <SourceField source="source" sortable={false} />
      </Datagrid>
    </List>
  );
}
