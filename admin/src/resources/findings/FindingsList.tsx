import { Datagrid, List, TextField } from 'react-admin';
import { DateField } from '../../common/DateField.js';
import { EnumField, MoneyField, NameField } from '../../common/fields.js';
import { EmptyState } from '../../common/EmptyState.js';
import { filters } from './filters.js';
import { ListActions } from './ListActions.js';

export function FindingsList() {
  return (
    <List
      filters={filters}
      actions={<ListActions />}
      sort={{ field: 'foundOn', order: 'DESC' }}
      empty={<EmptyState />}
    >
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="number" />
        <NameField source="violationType" sortable={false} />
        <NameField source="provider" sortable={false} />
        <TextField source="agreement.number" label="resources.findings.fields.agreement" sortable={false} />
        <EnumField source="source" enumName="FindingSource" sortable={false} />
        <EnumField source="status" enumName="FindingStatus" chip />
        <MoneyField source="violatingAmountFen" />
        <DateField source="foundOn" />
      </Datagrid>
    </List>
  );
}
