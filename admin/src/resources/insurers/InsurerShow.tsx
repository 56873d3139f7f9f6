import { ArrayField, Datagrid, Show, SimpleShowLayout, TextField, TopToolbar } from 'react-admin';
import { DateField } from '../../common/DateField.js';
import { EnumField, RecordName } from '../../common/fields.js';
import { AuditLink } from '../../common/AuditLink.js';

export function InsurerShow() {
  return (
    <Show
      title={<RecordName />}
      actions={
        <TopToolbar>
          <AuditLink />
        </TopToolbar>
      }
    >
      <SimpleShowLayout>
        <TextField source="code" />
        <TextField source="nameZh" />
        <TextField source="nameEn" />
        <EnumField source="level" enumName="InsurerLevel" />
        <TextField source="regionCode" />
        <TextField source="regionZh" />
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
