import {
  AutocompleteInput,
  Create,
  CreateButton,
  Datagrid,
  FormDataConsumer,
  List,
  PasswordInput,
  ReferenceInput,
  SelectInput,
  Show,
  SimpleForm,
  SimpleShowLayout,
  TextField,
  TextInput,
  TopToolbar,
  minLength,
  required,
  usePermissions,
  type ResourceProps,
} from 'react-admin';
import PeopleIcon from '@mui/icons-material/People';
import { DateField } from '../../common/DateField.js';
import { EnumField, NameField, enumChoices, useLocalName } from '../../common/fields.js';
import { AuditLink } from '../../common/AuditLink.js';
import { EmptyState } from '../../common/EmptyState.js';
import { INSURER_ROLES, userInput } from './input.js';
import type { ResourceDef } from '../../providers/data/resource-def.js';
import { canDo, type Permissions } from '../../providers/auth-provider.js';
import { CreateUser, UserList, UserMany, UserOne } from './queries.js';

const locales = [
  { id: 'zh-CN', name: '简体中文' },
  { id: 'en', name: 'English' },
];

function ListActions() {
  const { permissions } = usePermissions();
  return <TopToolbar>{canDo(permissions, 'manageAccess') ? <CreateButton /> : null}</TopToolbar>;
}

function UsersList() {
  return (
    <List actions={<ListActions />} empty={<EmptyState />} sort={{ field: 'createdAt', order: 'ASC' }}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="username" sortable={false} />
        <TextField source="displayName" sortable={false} />
        <EnumField source="role" enumName="Role" sortable={false} />
        <NameField source="insurer" label="resources.users.fields.insurer" sortable={false} />
        <NameField source="provider" label="resources.users.fields.provider" sortable={false} />
        <DateField source="lockedUntil" showTime sortable={false} />
        <DateField source="createdAt" showTime sortable={false} />
      </Datagrid>
    </List>
  );
}

function UserTitle() {
  return <TextField source="username" variant="inherit" />;
}

function UserShow() {
  return (
    <Show
      title={<UserTitle />}
      actions={
        <TopToolbar>
          <AuditLink />
        </TopToolbar>
      }
    >
      <SimpleShowLayout>
        <TextField source="username" />
        <TextField source="displayName" />
        <EnumField source="role" enumName="Role" />
        <NameField source="insurer" label="resources.users.fields.insurer" />
        <NameField source="provider" label="resources.users.fields.provider" />
        <TextField source="locale" />
        <DateField source="lockedUntil" showTime />
        <DateField source="disabledAt" showTime />
        <DateField source="createdAt" showTime />
      </SimpleShowLayout>
    </Show>
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
 * A staff account: insurer roles are bound to an insurer, provider staff to a provider. Only
 * a platform admin may create another platform admin (the hub checks the same).
 */
function UserCreate() {
  const { permissions } = usePermissions<Permissions>();
  const roles = [
    ...(permissions?.role === 'PLATFORM_ADMIN' ? ['PLATFORM_ADMIN'] : []),
    ...INSURER_ROLES,
    'PROVIDER_STAFF',
  ];
  return (
    <Create redirect="show" mutationMode="pessimistic">
      <SimpleForm defaultValues={{ role: 'INSURER_VIEWER', locale: 'zh-CN' }}>
        <TextInput source="username" validate={required()} autoComplete="off" />
        <PasswordInput
          source="password"
          validate={[required(), minLength(12)]}
          autoComplete="new-password"
          helperText="hub.access.passwordHelp"
        />
        <TextInput source="displayName" validate={required()} fullWidth />
        <SelectInput source="locale" choices={locales} translateChoice={false} />
        <SelectInput source="role" choices={enumChoices('Role', roles)} validate={required()} />
        <FormDataConsumer<{ role?: string }>>
          {({ formData }) =>
            formData.role === 'PROVIDER_STAFF' ? (
              <PartyInput source="providerId" reference="providers" />
            ) : formData.role && INSURER_ROLES.includes(formData.role) ? (
              <PartyInput source="insurerId" reference="insurers" />
            ) : null
          }
        </FormDataConsumer>
      </SimpleForm>
    </Create>
  );
}

export const usersDef: ResourceDef = {
  list: UserList,
  listField: 'users',
  one: UserOne,
  oneField: 'user',
  many: UserMany,
  orderFields: {},
  create: {
    document: CreateUser,
    field: 'createUser',
    payload: 'user',
    input: ({ data }) => userInput(data),
  },
};

export const usersView: ResourceProps = {
  name: 'users',
  icon: PeopleIcon,
  list: UsersList,
  show: UserShow,
  create: UserCreate,
  recordRepresentation: 'username',
};
