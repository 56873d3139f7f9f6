import { ArrayField, Datagrid, FunctionField, NumberField, Show, SimpleShowLayout, TextField, TopToolbar, useLocale } from 'react-admin';
import { DecideButton, EvaluateButton, WithdrawButton } from './actions.js';
import { DateField } from '../../common/DateField.js';
import { EnumField, NameField } from '../../common/fields.js';

/** One application: the applicant, its materials, the evaluation against the scoring standard, the decision (actions above: evaluate, decide). */
export function ApplicationShow() {
  const locale = useLocale();
  return (
    <Show
      title="resources.designationApplications.name"
      actions={
        <TopToolbar>
          <EvaluateButton />
          <DecideButton />
          <WithdrawButton />
        </TopToolbar>
      }
    >
      <SimpleShowLayout>
        <TextField source="number" />
        <TextField source="applicantNameZh" />
        <TextField source="applicantNameEn" />
        {/* The registered provider applying again (empty for a new institution's paper application). */}
        <NameField source="provider" label="resources.designationApplications.fields.provider" />
        <EnumField source="kind" enumName="ProviderKind" />
        <EnumField source="hospitalGrade" enumName="HospitalGrade" />
        <EnumField source="pharmacyClass" enumName="PharmacyClass" />
        <EnumField source="ownership" enumName="Ownership" />
        <FunctionField source="licenceScope" render={(r: { licenceScope?: string[] }) => r.licenceScope?.join('、') || '—'} />
        <TextField source="address" emptyText="—" />
        <TextField source="regionCode" />
        <EnumField source="status" enumName="ApplicationStatus" chip />
        <DateField source="submittedAt" showTime />
        <DateField source="withdrawnAt" showTime />
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
            {/* The standard's item in the reader's language (English readers were shown the Chinese label). */}
            <FunctionField
              source="labelZh"
              label="resources.designationApplications.fields.scoreItem"
              render={(i: { labelZh: string; labelEn: string }) => (locale === 'en' ? i.labelEn : i.labelZh)}
            />
            <NumberField source="score" label="resources.designationApplications.fields.score" />
            <NumberField source="max" label="resources.designationApplications.fields.max" />
          </Datagrid>
        </ArrayField>
        <TextField source="totalScore" />
        <TextField source="refusalReason" />
        <TextField
          source="agreement.number"
          label="resources.designationApplications.fields.agreement"
          emptyText="—"
        />
      </SimpleShowLayout>
    </Show>
  );
}
