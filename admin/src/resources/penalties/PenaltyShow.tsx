import {
  ArrayField,
  Datagrid,
  NumberField,
  ReferenceField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
} from 'react-admin';
import { DateField } from '../../common/DateField.js';
import { EnumField, MoneyField, NameField } from '../../common/fields.js';
import { AuditLink } from '../../common/AuditLink.js';
import { PenaltyActions } from './actions.js';
import { SanctionFollowUps } from './SanctionFollowUps.js';
import { PenaltyTitle } from './PenaltyTitle.js';

export function PenaltyShow() {
  return (
    <Show
      title={<PenaltyTitle />}
      actions={
        <TopToolbar>
          <PenaltyActions />
          <SanctionFollowUps />
          <AuditLink />
        </TopToolbar>
      }
    >
      <SimpleShowLayout>
        <TextField source="number" />
        <EnumField source="status" enumName="PenaltyStatus" chip />
        <EnumField source="measure" enumName="PenaltyMeasure" />
        <EnumField source="target" enumName="PenaltyTarget" />
        <ReferenceField
          source="finding.id"
          reference="findings"
          label="resources.penalties.fields.finding"
          link="show"
        >
          <TextField source="number" />
        </ReferenceField>
        <ReferenceField
          source="agreement.id"
          reference="agreements"
          label="resources.penalties.fields.agreement"
          link="show"
        >
          <TextField source="number" />
        </ReferenceField>
        <NameField source="provider" />
        <NameField source="physician" />
        <NameField source="insuredPerson" />
        <MoneyField source="baseAmountFen" />
        <TextField source="multiple" emptyText="—" />
        <MoneyField source="amountFen" />
        <MoneyField source="recoveredAmountFen" />
        <NumberField source="durationMonths" emptyText="—" />
        <EnumField source="insuredSuspensionScope" enumName="InsuredSuspensionScope" />
        <TextField source="legalBasis" />
        <TextField source="clauseRef" emptyText="—" />
        <TextField source="notes" emptyText="—" />
        <DateField source="proposedAt" showTime />
        <DateField source="issuedAt" showTime emptyText="—" />
        <DateField source="appealDeadline" showTime emptyText="—" />
        <DateField source="decidedAt" showTime emptyText="—" />
        <DateField source="executedAt" showTime emptyText="—" />
        <DateField source="closedAt" showTime emptyText="—" />
        <ArrayField source="appeals" label="hub.penalty.appeals">
          <Datagrid bulkActionButtons={false} rowClick={false}>
            <EnumField source="kind" enumName="AppealKind" label=" " />
            <TextField source="grounds" label="hub.penalty.grounds" />
            <DateField source="filedAt" showTime label="resources.penalties.fields.proposedAt" />
            <EnumField source="decision" enumName="AppealDecision" label="hub.penalty.decision" />
            <TextField source="decisionReason" label="hub.penalty.decisionReason" emptyText="—" />
            <MoneyField source="reducedAmountFen" label="hub.penalty.reducedAmount" />
          </Datagrid>
        </ArrayField>
      </SimpleShowLayout>
    </Show>
  );
}
