import { Create, SelectInput, SimpleForm, TextInput, maxLength, required, usePermissions } from 'react-admin';
import { enumChoices } from '../../common/fields.js';
import { enumsEn } from '../../i18n/enums.en.js';
import { PartyInput } from '../../common/PartyInput.js';

const channels = enumChoices('TipOffChannel', Object.keys(enumsEn.TipOffChannel));

/**
 * 受理举报: the clerk records a tip-off as it came in (hotline, letter, online, in person). The
 * reporter's contact is kept apart and shown only to the staff who may see it; the limits are
 * the hub's (server/domain/tip-offs/receive-tip-off.ts), checked here first beside each input.
 */
export function TipOffCreate() {
  const { permissions } = usePermissions<{ role: string }>();
  return (
    <Create redirect="show" mutationMode="pessimistic">
      <SimpleForm defaultValues={{ channel: 'PHONE' }}>
        {permissions?.role === 'PLATFORM_ADMIN' ? (
          <PartyInput source="insurerId" reference="insurers" validate={required()} />
        ) : null}
        <SelectInput source="channel" choices={channels} validate={required()} />
        <PartyInput source="providerId" reference="providers" />
        <TextInput
          source="summary"
          multiline
          minRows={3}
          validate={[required(), maxLength(10_000)]}
          fullWidth
        />
        <TextInput source="reporterContact" validate={maxLength(500)} fullWidth />
      </SimpleForm>
    </Create>
  );
}
