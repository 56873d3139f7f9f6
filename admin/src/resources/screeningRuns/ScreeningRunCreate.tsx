import {
  AutocompleteArrayInput,
  AutocompleteInput,
  Create,
  ReferenceArrayInput,
  ReferenceInput,
  SimpleForm,
  TextInput,
  required,
  usePermissions,
} from 'react-admin';
import { useLocalName } from '../../common/fields.js';
import { localMonth } from '../../common/format.js';

// The agency's month (HUB_TIME_ZONE), not a fixed UTC+8.
const thisMonth = () => localMonth();

/** Start a run over an insurer's months with a chosen rule set (default: all after-settlement rules). */
export function ScreeningRunCreate() {
  const name = useLocalName();
  const { permissions } = usePermissions<{ role?: string }>();
  return (
    <Create redirect="show">
      <SimpleForm defaultValues={{ fromMonth: thisMonth(), toMonth: thisMonth() }}>
        {permissions?.role === 'PLATFORM_ADMIN' ? (
          <ReferenceInput source="insurerId" reference="insurers">
            <AutocompleteInput
              optionText={(r) => name(r)}
              filterToQuery={(q) => ({ q })}
              validate={required()}
            />
          </ReferenceInput>
        ) : null}
        <TextInput source="fromMonth" type="month" validate={required()} InputLabelProps={{ shrink: true }} />
        <TextInput source="toMonth" type="month" validate={required()} InputLabelProps={{ shrink: true }} />
        <ReferenceArrayInput
          source="ruleIds"
          reference="auditRules"
          filter={{ stage: 'AFTER', active: true }}
          perPage={100}
        >
          <AutocompleteArrayInput
            optionText={(r: { code?: string; nameZh?: string }) => `${r.code ?? ''} ${name(r)}`}
            filterToQuery={(q) => ({ q })}
            helperText="hub.monitoring.allRules"
          />
        </ReferenceArrayInput>
      </SimpleForm>
    </Create>
  );
}
