import { Datagrid, List, TextField } from 'react-admin';
import { EnumField } from '../../common/fields.js';
import { EmptyState } from '../../common/EmptyState.js';
import { filters } from './filters.js';

export function InsurersList() {
  return (
    <List filters={filters} sort={{ field: 'code', order: 'ASC' }} empty={<EmptyState />}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="code" />
        <TextField source="nameZh" />
        <TextField source="nameEn" />
        <EnumField source="level" enumName="InsurerLevel" sortable={false} />
        <TextField source="regionZh" sortable={false} />
      </Datagrid>
    </List>
  );
}
