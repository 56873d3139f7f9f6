import { enumFilter, searchFilter } from '../../common/filters.js';

export const filters = [
  searchFilter,
  enumFilter('status', 'ProviderStatus', { alwaysOn: true }),
  enumFilter('kind', 'ProviderKind'),
];
