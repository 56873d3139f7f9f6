import {
  ArrayField,
  BooleanField,
  Datagrid,
  FunctionField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
} from 'react-admin';
import { DateField } from '../../common/DateField.js';
import { EnumField, NameField, RecordName } from '../../common/fields.js';
import { AuditLink } from '../../common/AuditLink.js';
import { EmptyState } from '../../common/EmptyState.js';
import {
  DisableClientButton,
  EnableClientButton,
  IssueKeyButton,
  RevokeKeyButton,
  RotateKeyButton,
  SecretKeyProvider,
} from './KeyActions.js';

export function ApiClientShow() {
  return (
    <SecretKeyProvider>
      <Show
        title={<RecordName />}
        actions={
          <TopToolbar>
            <IssueKeyButton />
            <DisableClientButton />
            <EnableClientButton />
            <AuditLink />
          </TopToolbar>
        }
      >
        <SimpleShowLayout>
          <TextField source="name" />
          <EnumField source="role" enumName="Role" />
          <NameField source="partner" label="resources.apiClients.fields.partner" />
          <NameField source="insurer" label="resources.apiClients.fields.insurer" />
          <DateField source="createdAt" showTime />
          <DateField source="disabledAt" showTime />
          <ArrayField source="keys" label="resources.apiClients.fields.keys">
            <Datagrid
              bulkActionButtons={false}
              rowClick={false}
              data-testid="api-keys"
              empty={<EmptyState create={false} />}
            >
              <FunctionField
                source="prefix"
                label="resources.apiClients.fields.prefix"
                render={(k: { prefix: string }) => <code>{`ahk_${k.prefix}_…`}</code>}
              />
              <TextField source="label" label="resources.apiClients.fields.label" emptyText="—" />
              <DateField source="createdAt" showTime label="resources.apiClients.fields.createdAt" />
              <DateField source="expiresAt" showTime label="resources.apiClients.fields.expiresAt" />
              <DateField source="revokedAt" showTime label="resources.apiClients.fields.revokedAt" />
              <DateField source="lastUsedAt" showTime label="resources.apiClients.fields.lastUsedAt" />
              <BooleanField source="active" label="resources.apiClients.fields.active" />
              <FunctionField
                label="hub.access.keyActions"
                render={() => (
                  <>
                    <RotateKeyButton />
                    <RevokeKeyButton />
                  </>
                )}
              />
            </Datagrid>
          </ArrayField>
        </SimpleShowLayout>
      </Show>
    </SecretKeyProvider>
  );
}
