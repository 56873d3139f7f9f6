import {
  ArrayField,
  Datagrid,
  Show,
  SimpleShowLayout,
  TabbedShowLayout,
  TextField,
  TopToolbar,
} from 'react-admin';
import { DateField } from '../../common/DateField.js';
import { EnumField, MoneyField, NameField, RecordName } from '../../common/fields.js';
import { AuditLink } from '../../common/AuditLink.js';
import { GuardedEditButton } from '../../common/LockedEdit.js';

export function ProviderShow() {
  return (
    <Show
      title={<RecordName />}
      actions={
        <TopToolbar>
          <GuardedEditButton capability="manageParties" />
          <AuditLink />
        </TopToolbar>
      }
    >
      <TabbedShowLayout>
        <TabbedShowLayout.Tab label="hub.related.details">
          <TextField source="code" />
          <TextField source="nameZh" />
          <TextField source="nameEn" />
          <EnumField source="kind" enumName="ProviderKind" />
          <EnumField source="hospitalGrade" enumName="HospitalGrade" />
          <EnumField source="pharmacyClass" enumName="PharmacyClass" />
          <EnumField source="ownership" enumName="Ownership" />
          <EnumField source="status" enumName="ProviderStatus" chip />
          <TextField source="regionCode" />
          <TextField source="address" emptyText="—" />
          <NameField source="insurer" />
          <DateField source="reapplicationBannedUntil" emptyText="—" />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="hub.related.agreements" path="agreements">
          <ArrayField source="agreements" label={false}>
            <Datagrid
              bulkActionButtons={false}
              rowClick={(id) => `/agreements/${encodeURIComponent(String(id))}/show`}
            >
              <TextField source="number" label="resources.agreements.fields.number" />
              <EnumField source="kind" enumName="AgreementKind" label="resources.agreements.fields.kind" />
              <EnumField
                source="status"
                enumName="AgreementStatus"
                label="resources.agreements.fields.status"
              />
              <DateField source="endsOn" label="resources.agreements.fields.endsOn" />
            </Datagrid>
          </ArrayField>
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="hub.related.penalties" path="penalties">
          <SimpleShowLayout>
            <ArrayField source="penalties" label={false}>
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
                <EnumField
                  source="status"
                  enumName="PenaltyStatus"
                  label="resources.penalties.fields.status"
                />
                <MoneyField source="amountFen" label="resources.penalties.fields.amountFen" />
              </Datagrid>
            </ArrayField>
          </SimpleShowLayout>
        </TabbedShowLayout.Tab>
      </TabbedShowLayout>
    </Show>
  );
}
