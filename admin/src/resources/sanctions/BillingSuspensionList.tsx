import { Datagrid, List, TextField } from 'react-admin';
import { DateField } from '../../common/DateField.js';
import { EmptyState } from '../../common/EmptyState.js';
import { NameField } from '../../common/fields.js';
import { LocalText, useLocalSort } from '../../common/LocalText.js';
import { searchFilter } from '../../common/filters.js';

const filters = [searchFilter];

/** 暂停医保支付资格: physicians whose billing right is suspended (1–5 years), and until when. */
export function BillingSuspensionList() {
  const nameSort = useLocalSort('name');
  return (
    <List filters={filters} sort={{ field: 'nameZh', order: 'ASC' }} empty={<EmptyState />}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="code" sortable={false} />
        <LocalText base="name" source="nameZh" label="resources.billingSuspensions.fields.nameZh" {...nameSort} />
        <NameField source="primaryProvider" sortable={false} />
        <DateField source="billingSuspendedUntil" sortable={false} />
      </Datagrid>
    </List>
  );
}
