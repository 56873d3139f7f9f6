import { Datagrid, List, SelectInput, TextField } from 'react-admin';
import { DateField } from '../../common/DateField.js';
import { EmptyState } from '../../common/EmptyState.js';
import { EnumField } from '../../common/fields.js';

const STATUSES = ['SUBMITTED', 'EVALUATED', 'DESIGNATED', 'REFUSED', 'WITHDRAWN'];

const filters = [
  <SelectInput
    key="status"
    source="status"
    choices={STATUSES.map((id) => ({ id, name: `enums.ApplicationStatus.${id}` }))}
  />,
];

/** 定点申请: the insurer's queue, with each application's decision deadline. */
export function ApplicationList() {
  return (
    <List filters={filters} sort={{ field: 'submittedAt', order: 'DESC' }} empty={<EmptyState />}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="number" />
        <TextField source="applicantNameZh" sortable={false} />
        <EnumField source="kind" enumName="ProviderKind" sortable={false} />
        <EnumField source="status" enumName="ApplicationStatus" chip />
        <TextField source="totalScore" sortable={false} />
        <DateField source="submittedAt" />
        <DateField source="decisionDueOn" />
      </Datagrid>
    </List>
  );
}
