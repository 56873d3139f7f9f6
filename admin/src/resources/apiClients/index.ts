import { type ResourceProps } from 'react-admin';
import KeyIcon from '@mui/icons-material/Key';
import { apiClientInput } from './input.js';
import type { ResourceDef } from '../../providers/data/resource-def.js';
import { ApiClientList, ApiClientMany, ApiClientOne } from './queries.js';
import { CreateApiClient } from './mutations.js';
import { lazyScreen } from '../../common/lazy-screen.js';

/** Screens load on first use (a chunk each): the menu and the data mapping load with the console. */
const ApiClientsList = lazyScreen(() => import('./ApiClientsList.js'), 'ApiClientsList');
const ApiClientShow = lazyScreen(() => import('./ApiClientShow.js'), 'ApiClientShow');
const ApiClientCreate = lazyScreen(() => import('./ApiClientCreate.js'), 'ApiClientCreate');

export const apiClientsDef: ResourceDef = {
  list: ApiClientList,
  listField: 'apiClients',
  one: ApiClientOne,
  oneField: 'apiClient',
  many: ApiClientMany,
  orderFields: {},
  create: {
    document: CreateApiClient,
    field: 'createApiClient',
    payload: 'apiClient',
    input: ({ data }) => apiClientInput(data),
  },
};
export const apiClientsView: ResourceProps = {
  name: 'apiClients',
  icon: KeyIcon,
  list: ApiClientsList,
  show: ApiClientShow,
  create: ApiClientCreate,
  recordRepresentation: 'name',
};
