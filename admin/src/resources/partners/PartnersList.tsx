import { Datagrid, List, TextField } from 'react-admin';
import { EnumField } from '../../common/fields.js';
import { EmptyState } from '../../common/EmptyState.js';
import { filters } from './filters.js';

export function PartnersList() {
  return (
    <List filters={filters} sort={{ field: 'code', order: 'ASC' }} empty={<EmptyState />}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="code" />
        <TextField source="nameZh" />
        <EnumField source="kind" enumName="PartnerKind" />
        <TextField source="unifiedSocialCreditCode" sortable={false} />
        <EnumField source="status" enumName="PartnerStatus" chip sortable={false} />
      </Datagrid>
    </List>
  );
}
