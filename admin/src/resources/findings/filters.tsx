import { SearchInput, SelectInput } from 'react-admin';
import { enumChoices } from '../../common/fields.js';
import { enumsEn } from '../../i18n/enums.en.js';

export const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput
    key="status"
    source="status"
    choices={enumChoices('FindingStatus', Object.keys(enumsEn.FindingStatus))}
    alwaysOn
  />,
  <SelectInput
    key="source"
    source="source"
    choices={enumChoices('FindingSource', Object.keys(enumsEn.FindingSource))}
  />,
];
