import { ArrayField, Datagrid, NumberField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { DateField } from '../../common/DateField.js';
import { EnumField } from '../../common/fields.js';

/** One application: the applicant, its materials, the evaluation against the scoring standard, the decision. */
export function ApplicationShow() {
  return (
    <Show title="resources.designationApplications.name">
      <SimpleShowLayout>
        <TextField source="number" />
        <TextField source="applicantNameZh" />
        <TextField source="applicantNameEn" />
        <EnumField source="kind" enumName="ProviderKind" />
        <EnumField source="ownership" enumName="Ownership" />
        <TextField source="regionCode" />
        <EnumField source="status" enumName="ApplicationStatus" chip />
        <DateField source="submittedAt" />
        <DateField source="evaluationDueOn" />
        <DateField source="decisionDueOn" />
        <ArrayField source="materials">
          <Datagrid bulkActionButtons={false} rowClick={false}>
            <TextField source="title" label="resources.designationApplications.fields.materialTitle" />
            <TextField source="ref" label="resources.designationApplications.fields.materialRef" />
          </Datagrid>
        </ArrayField>
        <ArrayField source="scoreItems">
          <Datagrid bulkActionButtons={false} rowClick={false}>
            <TextField source="labelZh" label="resources.designationApplications.fields.scoreItem" />
            <NumberField source="score" label="resources.designationApplications.fields.score" />
            <NumberField source="max" label="resources.designationApplications.fields.max" />
          </Datagrid>
        </ArrayField>
        <TextField source="totalScore" />
        <TextField source="refusalReason" emptyText="—" />
        <TextField
          source="agreement.number"
          label="resources.designationApplications.fields.agreement"
          emptyText="—"
        />
      </SimpleShowLayout>
    </Show>
  );
}
