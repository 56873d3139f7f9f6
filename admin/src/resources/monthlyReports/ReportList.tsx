import { BooleanField, BooleanInput, Datagrid, List, NumberField, TextField, TextInput } from 'react-admin';
import { DateField } from '../../common/DateField.js';
import { EmptyState } from '../../common/EmptyState.js';
import { MoneyField, NameField } from '../../common/fields.js';

const filters = [
  <TextInput key="period" source="period" placeholder="2026-11" />,
  <BooleanInput key="late" source="late" />,
];

/** 月报: each designated pharmacy's or clinic's monthly drug-purchase report, late ones marked. */
export function ReportList() {
  return (
    <List filters={filters} sort={{ field: 'period', order: 'DESC' }} empty={<EmptyState />}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="period" />
        <NameField source="provider" sortable={false} />
        <DateField source="dueOn" sortable={false} />
        <DateField source="submittedAt" />
        <BooleanField source="late" sortable={false} />
        <NumberField source="lineCount" sortable={false} />
        <MoneyField source="totalFen" sortable={false} />
        <TextField source="source" sortable={false} />
      </Datagrid>
    </List>
  );
}
