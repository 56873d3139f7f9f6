import { enumFilter, searchFilter } from '../../common/filters.js';
import { PartyFilter } from '../../common/PartyFilter.js';

export const filters = [
  searchFilter,
  enumFilter('status', 'TipOffStatus', { alwaysOn: true }),
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
  enumFilter('channel', 'TipOffChannel'),
];
