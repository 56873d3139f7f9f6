import { BooleanInput, Datagrid, List, TextField, TextInput, usePermissions } from 'react-admin';
import { canDo } from '../../providers/auth-provider.js';
import { DateField } from '../../common/DateField.js';
import { EmptyState } from '../../common/EmptyState.js';
import { NameField } from '../../common/fields.js';

const suspended = <BooleanInput key="settlementSuspended" source="settlementSuspended" alwaysOn />;
// Only roles shown ID numbers in full may search by one (the hub refuses the others).
const byIdNumber = <TextInput key="idNumber" source="idNumber" />;

/** 暂停联网直接结算: insured persons whose direct settlement is suspended, and until when. */
export function SettlementSuspensionList() {
  const { permissions } = usePermissions();
  return (
    <List
      filters={canDo(permissions, 'searchIdentities') ? [suspended, byIdNumber] : [suspended]}
      filterDefaultValues={{ settlementSuspended: true }}
      sort={{ field: 'createdAt', order: 'DESC' }}
      empty={<EmptyState />}
    >
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="nameZh" sortable={false} />
        <TextField source="idNumber" sortable={false} />
        <NameField source="insurer" sortable={false} />
        <DateField source="settlementSuspendedUntil" sortable={false} />
      </Datagrid>
    </List>
  );
}
