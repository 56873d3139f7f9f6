import { Datagrid, List, NumberField, TextField } from 'react-admin';
import { DateField } from '../../common/DateField.js';
import { EnumField } from '../../common/fields.js';
import { EmptyState } from '../../common/EmptyState.js';
import { OwnerField } from './OwnerField.js';
import { ListActions } from './ListActions.js';

export function ApiClientsList() {
  return (
    <List actions={<ListActions />} empty={<EmptyState />} sort={{ field: 'createdAt', order: 'ASC' }}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="name" sortable={false} />
        <EnumField source="role" enumName="Role" sortable={false} />
        <OwnerField />
        <NumberField source="keyCount.totalCount" label="resources.apiClients.fields.keys" sortable={false} />
        <DateField source="createdAt" showTime sortable={false} />
        <DateField source="disabledAt" showTime sortable={false} />
      </Datagrid>
    </List>
  );
}
