import { ArrayField, Datagrid, Show, SimpleShowLayout, TextField, TopToolbar } from 'react-admin';
import { DateField } from '../../common/DateField.js';
import { EnumField, NameField, RecordName } from '../../common/fields.js';
import { AuditLink } from '../../common/AuditLink.js';
import { GuardedEditButton } from '../../common/LockedEdit.js';

export function PhysicianShow() {
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
      <SimpleShowLayout>
        <TextField source="code" />
        <TextField source="nameZh" />
        <TextField source="nameEn" />
        <TextField source="idNumber" />
        <TextField source="licenceNumber" />
        <EnumField source="profession" enumName="PractitionerProfession" />
        <EnumField source="status" enumName="PractitionerStatus" chip />
        <DateField source="billingSuspendedUntil" emptyText="—" />
        <NameField source="primaryProvider" />
        <ArrayField source="penalties" label="hub.related.penalties">
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
          </Datagrid>
        </ArrayField>
      </SimpleShowLayout>
    </Show>
  );
}
