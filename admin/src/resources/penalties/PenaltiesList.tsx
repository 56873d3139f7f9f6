import { Datagrid, List, TextField } from 'react-admin';
import { DateField } from '../../common/DateField.js';
import { EnumField, MoneyField, NameField } from '../../common/fields.js';
import { EmptyState } from '../../common/EmptyState.js';
import { filters } from './filters.js';
import { ListActions } from './ListActions.js';

export function PenaltiesList() {
  return (
    <List
      filters={filters}
      actions={<ListActions />}
      sort={{ field: 'proposedAt', order: 'DESC' }}
      empty={<EmptyState />}
    >
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="number" />
        <EnumField source="measure" enumName="PenaltyMeasure" />
        <EnumField source="status" enumName="PenaltyStatus" chip />
        <NameField source="provider" sortable={false} />
        <TextField source="agreement.number" label="resources.penalties.fields.agreement" sortable={false} />
        <MoneyField source="amountFen" />
        <MoneyField source="recoveredAmountFen" sortable={false} />
        <DateField source="proposedAt" showTime />
      </Datagrid>
    </List>
  );
}
