import { SearchInput, SelectInput } from 'react-admin';
import { enumChoices } from '../../common/fields.js';
import { enumsEn } from '../../i18n/enums.en.js';

export const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput
    key="status"
    source="status"
    choices={enumChoices('PenaltyStatus', Object.keys(enumsEn.PenaltyStatus))}
    alwaysOn
  />,
  <SelectInput
    key="measure"
    source="measure"
    choices={enumChoices('PenaltyMeasure', Object.keys(enumsEn.PenaltyMeasure))}
  />,
];
