import { Datagrid, List, TextField } from 'react-admin';
import { DateField } from '../../common/DateField.js';
import { EnumField, NameField } from '../../common/fields.js';
import { EmptyState } from '../../common/EmptyState.js';
import { filters } from './filters.js';
import { LocalText, useLocalSort } from '../../common/LocalText.js';

export function PhysiciansList() {
  const nameSort = useLocalSort('name');
  return (
    <List filters={filters} sort={{ field: 'code', order: 'ASC' }} empty={<EmptyState />}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="code" />
        <LocalText base="name" source="nameZh" label="resources.physicians.fields.name" {...nameSort} />
        <EnumField source="profession" enumName="PractitionerProfession" sortable={false} />
        <EnumField source="status" enumName="PractitionerStatus" chip />
        <NameField source="primaryProvider" sortable={false} />
        <DateField source="billingSuspendedUntil" sortable={false} />
      </Datagrid>
    </List>
  );
}
