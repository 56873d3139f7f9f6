import { Datagrid, FunctionField, List, TextField, TextInput } from 'react-admin';
import { DateField } from '../../common/DateField.js';
import { MoneyField, NameField } from '../../common/fields.js';
import { EmptyState } from '../../common/EmptyState.js';
import { searchFilter } from '../../common/filters.js';

const filters = [
  searchFilter,
  <TextInput key="month" source="month" type="month" alwaysOn InputLabelProps={{ shrink: true }} />,
];

/** 事中拦截: settlements a blocking rule refused, newest first; the fund payment refused in yuan. */
export function InterceptionList() {
  return (
    <List filters={filters} sort={{ field: 'at', order: 'DESC' }} empty={<EmptyState />}>
      <Datagrid bulkActionButtons={false} rowClick={false}>
        <DateField source="at" showTime />
        <TextField source="settlementId" sortable={false} emptyText="—" />
        <NameField source="provider" sortable={false} />
        <MoneyField source="fundFen" />
        <MoneyField source="hitAmountFen" sortable={false} />
        <FunctionField
          source="ruleKeys"
          sortable={false}
          render={(r: { ruleKeys?: string[] }) => (r.ruleKeys ?? []).join('、')}
        />
      </Datagrid>
    </List>
  );
}
