import { SelectInput, SimpleForm, TextInput, required } from 'react-admin';
import { LockedEdit, SaveOnlyToolbar } from '../../common/LockedEdit.js';
import { enumChoices } from '../../common/fields.js';
import { enumsEn } from '../../i18n/enums.en.js';

const choices = (name: keyof typeof enumsEn) => enumChoices(name, Object.keys(enumsEn[name]));

/**
 * Edit screen of a partner, optimistic locking through LockedEdit. Only the fields
 * server/domain/parties lets change are inputs; the rest is shown read-only for orientation.
 */
export function PartnerEdit() {
  return (
    <LockedEdit capability="manageParties">
      <SimpleForm toolbar={<SaveOnlyToolbar />}>
        <TextInput source="code" disabled />
        <TextInput source="unifiedSocialCreditCode" disabled />
        <TextInput source="nameZh" validate={required()} fullWidth />
        <TextInput source="nameEn" validate={required()} fullWidth />
        <SelectInput source="kind" choices={choices('PartnerKind')} validate={required()} />
      </SimpleForm>
    </LockedEdit>
  );
}
