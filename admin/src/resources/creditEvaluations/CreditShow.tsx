import {
  ArrayField,
  BooleanField,
  Datagrid,
  FunctionField,
  NumberField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  useLocale,
} from 'react-admin';
import { AuditLink } from '../../common/AuditLink.js';
import { DateField } from '../../common/DateField.js';
import { EnumField, NameField } from '../../common/fields.js';
import { CreditActions } from './CreditActions.js';
import { PartnerFees } from './PartnerFees.js';
import { SubjectField } from './SubjectField.js';

type Deduction = { labelZh: string; labelEn: string };

/** One evaluation: the score, and each deduction of the published standard that made it. */
export function CreditShow() {
  const locale = useLocale();
  return (
    <Show
      title="resources.creditEvaluations.name"
      actions={
        <TopToolbar>
          <CreditActions />
          <AuditLink />
        </TopToolbar>
      }
    >
      <SimpleShowLayout>
        <SubjectField />
        <EnumField source="subjectType" enumName="CreditSubjectType" />
        <NameField source="insurer" />
        <TextField source="year" />
        <TextField source="score" />
        <EnumField source="grade" enumName="CreditGrade" chip />
        <BooleanField source="blacklisted" />
        <EnumField source="basis" enumName="CreditBasis" />
        <TextField source="computedScore" emptyText="—" />
        <TextField source="adjustmentReason" emptyText="—" />
        <DateField source="adjustedAt" showTime />
        <DateField source="evaluatedAt" showTime />
        <ArrayField source="deductions">
          <Datagrid bulkActionButtons={false} rowClick={false} empty={<span>—</span>}>
            <FunctionField
              label="resources.creditEvaluations.fields.deduction"
              render={(d: Deduction) => (locale === 'en' ? d.labelEn : d.labelZh)}
            />
            <TextField source="ref" label="resources.creditEvaluations.fields.ref" />
            <NumberField source="points" label="resources.creditEvaluations.fields.points" />
          </Datagrid>
        </ArrayField>
        <PartnerFees label={false} />
      </SimpleShowLayout>
    </Show>
  );
}
