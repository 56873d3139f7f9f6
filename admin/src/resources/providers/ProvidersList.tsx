import { Datagrid, List, TextField } from 'react-admin';
import { DateField } from '../../common/DateField.js';
import { EnumField, NameField } from '../../common/fields.js';
import { EmptyState } from '../../common/EmptyState.js';
import { filters } from './filters.js';
import { ListActions } from './ListActions.js';
import { LocalText, useLocalSort } from '../../common/LocalText.js';

export function ProvidersList() {
  const nameSort = useLocalSort('name', true);
  return (
    <List filters={filters} sort={{ field: 'code', order: 'ASC' }} actions={<ListActions />} empty={<EmptyState />}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="code" />
        <LocalText base="name" source="nameZh" label="resources.providers.fields.name" {...nameSort} />
        <EnumField source="kind" enumName="ProviderKind" />
        <EnumField source="hospitalGrade" enumName="HospitalGrade" sortable={false} />
        <EnumField source="ownership" enumName="Ownership" sortable={false} />
        <EnumField source="status" enumName="ProviderStatus" chip />
        <NameField source="insurer" sortable={false} />
        <DateField source="reapplicationBannedUntil" sortable={false} />
      </Datagrid>
    </List>
  );
}
