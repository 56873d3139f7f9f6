import { enumFilter, searchFilter } from '../../common/filters.js';

export const filters = [
  searchFilter,
  enumFilter('status', 'FindingStatus', { alwaysOn: true }),
  enumFilter('source', 'FindingSource'),
];
