import { ArrayField, Datagrid, Show, SimpleShowLayout, TextField, TopToolbar } from 'react-admin';
import { DateField } from '../../common/DateField.js';
import { EnumField, RecordName } from '../../common/fields.js';
import { AuditLink } from '../../common/AuditLink.js';
import { GuardedEditButton } from '../../common/LockedEdit.js';

export function PartnerShow() {
  return (
    <Show
      title={<RecordName />}
      actions={
        <TopToolbar>
          <GuardedEditButton capability="manageParties" role="PLATFORM_ADMIN" />
          <AuditLink />
        </TopToolbar>
      }
    >
      <SimpleShowLayout>
        <TextField source="code" />
        <TextField source="nameZh" />
        <TextField source="nameEn" />
        <EnumField source="kind" enumName="PartnerKind" />
        <TextField source="unifiedSocialCreditCode" />
        <EnumField source="status" enumName="PartnerStatus" chip />
        <ArrayField source="agreements" label="hub.related.agreements">
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
      </SimpleShowLayout>
    </Show>
  );
}
