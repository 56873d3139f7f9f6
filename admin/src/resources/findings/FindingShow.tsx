import {
  ArrayField,
  Datagrid,
  ReferenceField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
} from 'react-admin';
import { DateField } from '../../common/DateField.js';
import { EnumField, MoneyField, NameField } from '../../common/fields.js';
import { AuditLink } from '../../common/AuditLink.js';
import { ProposePenaltyButton } from '../penalties/actions.js';
import { FindingTitle } from './FindingTitle.js';

export function FindingShow() {
  return (
    <Show
      title={<FindingTitle />}
      actions={
        <TopToolbar>
          <ProposePenaltyButton />
          <AuditLink />
        </TopToolbar>
      }
    >
      <SimpleShowLayout>
        <TextField source="number" />
        <EnumField source="status" enumName="FindingStatus" chip />
        <NameField source="violationType" />
        <EnumField source="source" enumName="FindingSource" />
        <ReferenceField
          source="agreement.id"
          reference="agreements"
          label="resources.findings.fields.agreement"
          link="show"
        >
          <TextField source="number" />
        </ReferenceField>
        <NameField source="provider" />
        <NameField source="physician" />
        <NameField source="partner" />
        <TextField source="description" />
        <MoneyField source="violatingAmountFen" />
        <DateField source="occurredFrom" emptyText="—" />
        <DateField source="occurredTo" emptyText="—" />
        <DateField source="foundOn" />
        <ArrayField source="penalties">
          <Datagrid
            bulkActionButtons={false}
            rowClick={(id) => `/penalties/${encodeURIComponent(String(id))}/show`}
          >
            <TextField source="number" label="resources.penalties.fields.number" />
            <EnumField
              source="measure"
              enumName="PenaltyMeasure"
              label="resources.penalties.fields.measure"
            />
            <EnumField source="status" enumName="PenaltyStatus" label="resources.penalties.fields.status" />
            <MoneyField source="amountFen" label="resources.penalties.fields.amountFen" />
          </Datagrid>
        </ArrayField>
      </SimpleShowLayout>
    </Show>
  );
}
