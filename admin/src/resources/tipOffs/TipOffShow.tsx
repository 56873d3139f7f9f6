import { ArrayField, Datagrid, Show, SimpleShowLayout, TextField, TopToolbar } from 'react-admin';
import { AuditLink } from '../../common/AuditLink.js';
import { DateField } from '../../common/DateField.js';
import { EnumField, MoneyField, NameField } from '../../common/fields.js';
import { ReporterContact } from './ReporterContact.js';
import { TipOffActions } from './TipOffActions.js';

/** One tip-off through its workflow: received → investigating → verified / unfounded → reward. */
export function TipOffShow() {
  return (
    <Show
      title="resources.tipOffs.name"
      actions={
        <TopToolbar>
          <TipOffActions />
          <AuditLink />
        </TopToolbar>
      }
    >
      <SimpleShowLayout>
        <TextField source="number" />
        <EnumField source="status" enumName="TipOffStatus" chip />
        <EnumField source="channel" enumName="TipOffChannel" />
        <NameField source="insurer" />
        <NameField source="provider" />
        <TextField source="summary" />
        <ReporterContact label={false} />
        <DateField source="receivedAt" showTime />
        <NameField source="assigneePartner" />
        <TextField source="assigneeName" emptyText="—" />
        <DateField source="investigationDueOn" />
        <MoneyField source="verifiedAmountFen" />
        <EnumField source="rewardKind" enumName="RewardKind" />
        <MoneyField source="rewardFen" />
        <DateField source="rewardApprovedAt" showTime />
        <DateField source="rewardPaidAt" showTime />
        <TextField source="rewardPaymentRef" emptyText="—" />
        <DateField source="closedAt" showTime />
        <ArrayField source="findings" label="resources.tipOffs.fields.findings">
          <Datagrid bulkActionButtons={false} rowClick={false}>
            <TextField source="number" label="resources.findings.fields.number" />
            <EnumField source="status" enumName="FindingStatus" label="resources.findings.fields.status" />
          </Datagrid>
        </ArrayField>
      </SimpleShowLayout>
    </Show>
  );
}
