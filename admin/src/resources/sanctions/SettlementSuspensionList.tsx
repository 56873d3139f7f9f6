import { BooleanInput, Datagrid, List, TextField, TextInput } from 'react-admin';
import { DateField } from '../../common/DateField.js';
import { EmptyState } from '../../common/EmptyState.js';
import { NameField } from '../../common/fields.js';

const filters = [
  <BooleanInput key="settlementSuspended" source="settlementSuspended" alwaysOn />,
  <TextInput key="idNumber" source="idNumber" />,
];

/** 暂停联网直接结算: insured persons whose direct settlement is suspended, and until when. */
export function SettlementSuspensionList() {
  return (
    <List
      filters={filters}
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
