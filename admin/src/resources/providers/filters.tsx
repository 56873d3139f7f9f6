import { SearchInput, SelectInput } from 'react-admin';
import { enumChoices } from '../../common/fields.js';
import { enumsEn } from '../../i18n/enums.en.js';

export const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput
    key="status"
    source="status"
    choices={enumChoices('ProviderStatus', Object.keys(enumsEn.ProviderStatus))}
    alwaysOn
  />,
  <SelectInput
    key="kind"
    source="kind"
    choices={enumChoices('ProviderKind', Object.keys(enumsEn.ProviderKind))}
  />,
];
