import { SearchInput, SelectInput } from 'react-admin';
import { enumChoices } from '../../common/fields.js';
import { enumsEn } from '../../i18n/enums.en.js';

export const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput
    key="level"
    source="level"
    choices={enumChoices('InsurerLevel', Object.keys(enumsEn.InsurerLevel))}
  />,
];
