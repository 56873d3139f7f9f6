import { SearchInput, SelectInput } from 'react-admin';
import { enumChoices } from '../../common/fields.js';
import { PartyFilter } from '../../common/PartyFilter.js';
import { enumsEn } from '../../i18n/enums.en.js';

export const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput
    key="status"
    source="status"
    choices={enumChoices('TipOffStatus', Object.keys(enumsEn.TipOffStatus))}
    alwaysOn
  />,
  <PartyFilter
    key="providerId"
    source="providerId"
    reference="providers"
    label="resources.tipOffs.fields.provider"
  />,
  <PartyFilter
    key="insurerId"
    source="insurerId"
    reference="insurers"
    label="resources.tipOffs.fields.insurer"
  />,
  <SelectInput
    key="channel"
    source="channel"
    choices={enumChoices('TipOffChannel', Object.keys(enumsEn.TipOffChannel))}
  />,
];
