import { SearchInput, SelectInput } from 'react-admin';
import { enumChoices } from '../../common/fields.js';
import { enumsEn } from '../../i18n/enums.en.js';

export const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput
    key="status"
    source="status"
    choices={enumChoices('PractitionerStatus', Object.keys(enumsEn.PractitionerStatus))}
  />,
  <SelectInput
    key="profession"
    source="profession"
    choices={enumChoices('PractitionerProfession', Object.keys(enumsEn.PractitionerProfession))}
  />,
];
