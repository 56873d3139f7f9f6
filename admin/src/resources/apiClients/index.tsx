import {
  ArrayField,
  BooleanField,
  Create,
  CreateButton,
  Datagrid,
  FormDataConsumer,
  FunctionField,
  List,
  NumberField,
  ReferenceInput,
  AutocompleteInput,
  SelectInput,
  Show,
  SimpleForm,
  SimpleShowLayout,
  TextField,
  TextInput,
  TopToolbar,
  required,
  usePermissions,
  type ResourceProps,
} from 'react-admin';
import KeyIcon from '@mui/icons-material/Key';
import { DateField } from '../../common/DateField.js';
import { EnumField, NameField, RecordName, enumChoices, useLocalName } from '../../common/fields.js';
import { AuditLink } from '../../common/AuditLink.js';
import { EmptyState } from '../../common/EmptyState.js';
import { apiClientInput } from './input.js';
import type { ResourceDef } from '../../providers/data/resource-def.js';
import { canDo, type Permissions } from '../../providers/auth-provider.js';
import { ApiClientList, ApiClientMany, ApiClientOne } from './queries.js';
import { CreateApiClient } from './mutations.js';
import { IssueKeyButton, RevokeKeyButton, RotateKeyButton, SecretKeyProvider } from './KeyActions.js';

/** The client's owner: the partner it acts for, or the insurer whose integrator it is. */
function OwnerField({ label }: { label?: string }) {
  const name = useLocalName();
  return (
    <FunctionField
      label={label ?? 'resources.apiClients.fields.owner'}
      render={(r: {
        partner?: { nameZh: string; nameEn?: string } | null;
        insurer?: { nameZh: string; nameEn?: string } | null;
      }) => name(r.partner ?? r.insurer) || '—'}
    />
  );
}

function ListActions() {
  const { permissions } = usePermissions();
  return <TopToolbar>{canDo(permissions, 'manageAccess') ? <CreateButton /> : null}</TopToolbar>;
}

function ApiClientsList() {
  return (
    <List actions={<ListActions />} empty={<EmptyState />} sort={{ field: 'createdAt', order: 'ASC' }}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="name" sortable={false} />
        <EnumField source="role" enumName="Role" sortable={false} />
        <OwnerField />
        <NumberField source="keyCount.totalCount" label="resources.apiClients.fields.keys" sortable={false} />
        <DateField source="createdAt" showTime sortable={false} />
        <DateField source="disabledAt" showTime sortable={false} />
      </Datagrid>
    </List>
  );
}

function ApiClientShow() {
  return (
    <SecretKeyProvider>
      <Show
        title={<RecordName />}
        actions={
          <TopToolbar>
            <IssueKeyButton />
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
              empty={<EmptyState />}
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

function PartyInput({ source, reference }: { source: string; reference: string }) {
  const name = useLocalName();
  return (
    <ReferenceInput source={source} reference={reference}>
      <AutocompleteInput
        optionText={(r) => name(r)}
        filterToQuery={(q) => ({ q })}
        validate={required()}
        fullWidth
      />
    </ReferenceInput>
  );
}

/**
 * A platform admin registers partner clients (bound to a partner) and integrators (bound to an
 * insurer or a partner); an insurer admin registers integrators of its own insurer only, so
 * the form asks it for the name alone (the hub fills in the insurer).
 */
function ApiClientCreate() {
  const { permissions } = usePermissions<Permissions>();
  const platform = permissions?.role === 'PLATFORM_ADMIN';
  return (
    <Create redirect="show" mutationMode="pessimistic">
      <SimpleForm defaultValues={{ role: platform ? 'PARTNER' : 'INTEGRATOR', owner: 'insurer' }}>
        <TextInput source="name" validate={required()} fullWidth />
        {platform ? (
          <>
            <SelectInput
              source="role"
              choices={enumChoices('Role', ['PARTNER', 'INTEGRATOR'])}
              validate={required()}
            />
            <FormDataConsumer<{ role?: string; owner?: string }>>
              {({ formData }) =>
                formData.role === 'PARTNER' ? (
                  <PartyInput source="partnerId" reference="partners" />
                ) : (
                  <>
                    <SelectInput
                      source="owner"
                      label="resources.apiClients.fields.owner"
                      choices={[
                        { id: 'insurer', name: 'resources.apiClients.fields.insurer' },
                        { id: 'partner', name: 'resources.apiClients.fields.partner' },
                      ]}
                      validate={required()}
                    />
                    {formData.owner === 'partner' ? (
                      <PartyInput source="partnerId" reference="partners" />
                    ) : (
                      <PartyInput source="insurerId" reference="insurers" />
                    )}
                  </>
                )
              }
            </FormDataConsumer>
          </>
        ) : null}
      </SimpleForm>
    </Create>
  );
}

export const apiClientsDef: ResourceDef = {
  list: ApiClientList,
  listField: 'apiClients',
  one: ApiClientOne,
  oneField: 'apiClient',
  many: ApiClientMany,
  orderFields: {},
  create: {
    document: CreateApiClient,
    field: 'createApiClient',
    payload: 'apiClient',
    input: ({ data }) => apiClientInput(data),
  },
};

export const apiClientsView: ResourceProps = {
  name: 'apiClients',
  icon: KeyIcon,
  list: ApiClientsList,
  show: ApiClientShow,
  create: ApiClientCreate,
  recordRepresentation: 'name',
};
