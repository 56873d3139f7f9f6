import { enumFilter, searchFilter } from '../../common/filters.js';

export const filters = [
  searchFilter,
  enumFilter('status', 'PractitionerStatus'),
  enumFilter('profession', 'PractitionerProfession'),
];
