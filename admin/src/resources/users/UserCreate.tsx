import {
  Create,
  FormDataConsumer,
  PasswordInput,
  SelectInput,
  SimpleForm,
  TextInput,
  minLength,
  required,
  usePermissions,
} from 'react-admin';
import { enumChoices } from '../../common/fields.js';
import { INSURER_ROLES } from './input.js';
import { type Permissions } from '../../providers/auth-provider.js';
import { locales } from './locales.js';
import { PartyInput } from '../../common/PartyInput.js';

/**
 * A staff account: insurer roles are bound to an insurer, provider staff to a provider. Only
 * a platform admin may create another platform admin (the hub checks the same).
 */
export function UserCreate() {
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
              <PartyInput source="providerId" reference="providers" validate={required()} />
            ) : formData.role && INSURER_ROLES.includes(formData.role) ? (
              <PartyInput source="insurerId" reference="insurers" validate={required()} />
            ) : null
          }
        </FormDataConsumer>
      </SimpleForm>
    </Create>
  );
}
