import { enumFilter, searchFilter } from '../../common/filters.js';

export const filters = [
  searchFilter,
  enumFilter('status', 'PenaltyStatus', { alwaysOn: true }),
  enumFilter('measure', 'PenaltyMeasure'),
];
