import { enumFilter, searchFilter } from '../../common/filters.js';

export const filters = [searchFilter, enumFilter('level', 'InsurerLevel')];
