import { SelectInput, SimpleForm, TextArrayInput, TextInput, required } from 'react-admin';
import { LockedEdit, SaveOnlyToolbar } from '../../common/LockedEdit.js';
import { enumChoices } from '../../common/fields.js';
import { enumsEn } from '../../i18n/enums.en.js';
import { ProviderClassInput } from './ProviderClassInput.js';

const choices = (name: keyof typeof enumsEn) => enumChoices(name, Object.keys(enumsEn[name]));

/**
 * Edit screen of a provider, optimistic locking through LockedEdit. Only the fields
 * server/domain/parties lets change are inputs; the rest is shown read-only for orientation.
 */
export function ProviderEdit() {
  return (
    <LockedEdit capability="manageParties">
      <SimpleForm toolbar={<SaveOnlyToolbar />}>
        <TextInput source="code" disabled />
        <SelectInput source="kind" choices={choices('ProviderKind')} disabled />
        <TextInput source="nameZh" validate={required()} fullWidth />
        <TextInput source="nameEn" validate={required()} fullWidth />
        <ProviderClassInput />
        <SelectInput source="ownership" choices={choices('Ownership')} validate={required()} />
        <TextArrayInput source="licenceScope" fullWidth />
        <TextInput source="regionCode" validate={required()} />
        <TextInput source="address" fullWidth />
      </SimpleForm>
    </LockedEdit>
  );
}
