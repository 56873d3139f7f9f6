import { enumFilter, searchFilter } from '../../common/filters.js';

export const filters = [
  searchFilter,
  enumFilter('kind', 'PartnerKind'),
  enumFilter('status', 'PartnerStatus'),
];
