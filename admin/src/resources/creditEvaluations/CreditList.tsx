import { BooleanField, Datagrid, List, TextField, TopToolbar, FilterButton } from 'react-admin';
import { DateField } from '../../common/DateField.js';
import { EmptyState } from '../../common/EmptyState.js';
import { EnumField } from '../../common/fields.js';
import { ComputeButton } from './ComputeButton.js';
import { filters } from './filters.js';
import { SubjectField } from './SubjectField.js';

/** 信用评价: providers', physicians' and partners' yearly grades, computed by the published standard. */
export function CreditList() {
  return (
    <List
      filters={filters}
      sort={{ field: 'evaluatedAt', order: 'DESC' }}
      empty={<EmptyState />}
      actions={
        <TopToolbar>
          <FilterButton />
          <ComputeButton />
        </TopToolbar>
      }
    >
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <SubjectField sortable={false} />
        <EnumField source="subjectType" enumName="CreditSubjectType" sortable={false} />
        <TextField source="year" />
        <TextField source="score" />
        <EnumField source="grade" enumName="CreditGrade" chip />
        <EnumField source="basis" enumName="CreditBasis" sortable={false} />
        <BooleanField source="blacklisted" sortable={false} />
        <DateField source="evaluatedAt" showTime />
      </Datagrid>
    </List>
  );
}
