import {
  Create,
  FormDataConsumer,
  SelectInput,
  SimpleForm,
  TextInput,
  required,
  usePermissions,
} from 'react-admin';
import { enumChoices } from '../../common/fields.js';
import { type Permissions } from '../../providers/auth-provider.js';
import { PartyInput } from '../../common/PartyInput.js';

/**
 * A platform admin registers partner clients (bound to a partner) and integrators (bound to an
 * insurer or a partner); an insurer admin registers integrators of its own insurer only, so
 * the form asks it for the name alone (the hub fills in the insurer).
 */
export function ApiClientCreate() {
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
                  <PartyInput source="partnerId" reference="partners" validate={required()} />
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
                      <PartyInput source="partnerId" reference="partners" validate={required()} />
                    ) : (
                      <PartyInput source="insurerId" reference="insurers" validate={required()} />
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
