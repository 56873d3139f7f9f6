import { Datagrid, List, TextField } from 'react-admin';
import { DateField } from '../../common/DateField.js';
import { EnumField, NameField } from '../../common/fields.js';
import { EmptyState } from '../../common/EmptyState.js';
import { ListActions } from './ListActions.js';
import { UserStatusField } from './UserStatusField.js';

export function UsersList() {
  return (
    <List actions={<ListActions />} empty={<EmptyState />} sort={{ field: 'createdAt', order: 'ASC' }}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="username" sortable={false} />
        <TextField source="displayName" sortable={false} />
        <EnumField source="role" enumName="Role" sortable={false} />
        <NameField source="insurer" label="resources.users.fields.insurer" sortable={false} />
        <NameField source="provider" label="resources.users.fields.provider" sortable={false} />
        <UserStatusField label="hub.access.status" sortable={false} />
        <DateField source="lockedUntil" showTime sortable={false} />
        <DateField source="createdAt" showTime sortable={false} />
      </Datagrid>
    </List>
  );
}
