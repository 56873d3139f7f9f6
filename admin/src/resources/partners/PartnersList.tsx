import { Datagrid, List, TextField } from 'react-admin';
import { EnumField } from '../../common/fields.js';
import { EmptyState } from '../../common/EmptyState.js';
import { filters } from './filters.js';
import { LocalText, useLocalSort } from '../../common/LocalText.js';

export function PartnersList() {
  const nameSort = useLocalSort('name');
  return (
    <List filters={filters} sort={{ field: 'code', order: 'ASC' }} empty={<EmptyState />}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="code" />
        <LocalText base="name" source="nameZh" label="resources.partners.fields.name" {...nameSort} />
        <EnumField source="kind" enumName="PartnerKind" />
        <TextField source="unifiedSocialCreditCode" sortable={false} />
        <EnumField source="status" enumName="PartnerStatus" chip sortable={false} />
      </Datagrid>
    </List>
  );
}
