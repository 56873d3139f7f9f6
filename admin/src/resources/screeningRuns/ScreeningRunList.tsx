import { CreateButton, Datagrid, List, TextField, TopToolbar, usePermissions } from 'react-admin';
import { DateField } from '../../common/DateField.js';
import { EnumField, NameField } from '../../common/fields.js';
import { EmptyState } from '../../common/EmptyState.js';
import { canDo } from '../../providers/auth-provider.js';
import { RunProgress } from './RunProgress.js';

function Actions() {
  const { permissions } = usePermissions();
  return <TopToolbar>{canDo(permissions, 'manageMonitoring') ? <CreateButton /> : null}</TopToolbar>;
}

/** Screening runs, newest first; the list refreshes while any run is moving. */
export function ScreeningRunList() {
  return (
    <List
      actions={<Actions />}
      empty={<EmptyState />}
      sort={{ field: '', order: 'DESC' }}
      queryOptions={{ refetchInterval: 2000 }}
    >
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <DateField source="periodFrom" sortable={false} />
        <DateField source="periodTo" sortable={false} />
        <NameField source="insurer" sortable={false} label="resources.insurers.name" />
        <EnumField source="status" enumName="ScreeningRunStatus" chip sortable={false} />
        <RunProgress />
        <TextField source="claimsScreened" sortable={false} />
        <TextField source="hitsFound" sortable={false} />
        <DateField source="createdAt" showTime sortable={false} />
      </Datagrid>
    </List>
  );
}
