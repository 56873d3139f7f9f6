import { Datagrid, FunctionField, List, SelectInput, TextField, useLocale } from 'react-admin';
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
  const locale = useLocale();
  return (
    <List filters={filters} sort={{ field: 'submittedAt', order: 'DESC' }} empty={<EmptyState />}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="number" />
        {/* The applicant in the reader's language (English readers were shown the Chinese name). */}
        <FunctionField
          source="applicantNameZh"
          label="resources.designationApplications.fields.applicant"
          sortable={false}
          render={(r: { applicantNameZh: string; applicantNameEn: string }) =>
            locale === 'en' ? r.applicantNameEn || r.applicantNameZh : r.applicantNameZh
          }
        />
        <EnumField source="kind" enumName="ProviderKind" sortable={false} />
        <EnumField source="status" enumName="ApplicationStatus" chip />
        <TextField source="totalScore" sortable={false} />
        <DateField source="submittedAt" />
        <DateField source="decisionDueOn" />
      </Datagrid>
    </List>
  );
}
