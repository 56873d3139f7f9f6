import { Create, SelectInput, SimpleForm, TextInput, regex, required, useTranslate } from 'react-admin';
import { Typography } from '@mui/material';
import { enumChoices } from '../../common/fields.js';
import { enumsEn } from '../../i18n/enums.en.js';
import { PartyInput } from '../../common/PartyInput.js';

const professions = enumChoices('PractitionerProfession', Object.keys(enumsEn.PractitionerProfession));
const m = 'resources.physicians.register.';

/**
 * 医保医师备案: an agency admin registers a physician at the designated provider of their
 * primary practice (registerPhysician). Formats are checked beside each input before sending;
 * the hub checks the ID number's check character, the provider and duplicates, and its
 * refusals land on the same inputs.
 */
export function PhysicianCreate() {
  const translate = useTranslate();
  return (
    <Create title={`${m}title`} redirect="show">
      <SimpleForm>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2, maxWidth: 720 }}>
          {translate(`${m}help`)}
        </Typography>
        <PartyInput source="primaryProviderId" reference="providers" validate={required()} />
        <TextInput source="code" validate={[required(), regex(/^\s*D\d{9,14}\s*$/, `${m}badCode`)]} />
        <TextInput source="nameZh" validate={required()} fullWidth />
        <TextInput source="nameEn" validate={required()} fullWidth />
        <TextInput source="idNumber" validate={[required(), regex(/^\s*\d{17}[\dXx]\s*$/, `${m}badIdNumber`)]} />
        <TextInput source="licenceNumber" validate={required()} />
        <SelectInput source="profession" choices={professions} defaultValue="PHYSICIAN" validate={required()} />
      </SimpleForm>
    </Create>
  );
}
