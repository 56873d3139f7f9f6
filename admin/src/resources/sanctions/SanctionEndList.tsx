import { Datagrid, List, TextField } from 'react-admin';
import { DateField } from '../../common/DateField.js';
import { EmptyState } from '../../common/EmptyState.js';
import { EnumField } from '../../common/fields.js';

/** Ended suspensions: lifted early on request and pledge, or at their term (each an audit event). */
export function SanctionEndList() {
  return (
    <List empty={<EmptyState />} sort={{ field: 'createdAt', order: 'DESC' }}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <EnumField source="kind" enumName="SanctionKind" sortable={false} />
        <EnumField source="reason" enumName="SanctionEndReason" chip sortable={false} />
        <DateField source="suspendedUntil" sortable={false} />
        <DateField source="endedOn" sortable={false} />
        <TextField source="requestDocumentRef" emptyText="—" sortable={false} />
        <TextField source="pledgeDocumentRef" emptyText="—" sortable={false} />
      </Datagrid>
    </List>
  );
}
