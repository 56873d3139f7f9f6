import { type ResourceProps } from 'react-admin';
import LocalHospitalIcon from '@mui/icons-material/LocalHospital';
import type { ResourceDef } from '../../providers/data/resource-def.js';
import { listify } from '../../providers/data/relay.js';
import { ProviderList, ProviderMany, ProviderOne, UpdateProvider } from './queries.js';
import { providerEditInput } from '../../common/party-edit-input.js';
import { lazyScreen } from '../../common/lazy-screen.js';

/** Screens load on first use (a chunk each): the menu and the data mapping load with the console. */
const ProvidersList = lazyScreen(() => import('./ProvidersList.js'), 'ProvidersList');
const ProviderShow = lazyScreen(() => import('./ProviderShow.js'), 'ProviderShow');
const ProviderEdit = lazyScreen(() => import('./ProviderEdit.js'), 'ProviderEdit');

export const providersDef: ResourceDef = {
  list: ProviderList,
  listField: 'providers',
  one: ProviderOne,
  oneField: 'provider',
  many: ProviderMany,
  orderFields: {
    code: 'CODE',
    nameZh: 'NAME_ZH',
    nameEn: 'NAME_EN',
    kind: 'KIND',
    status: 'STATUS',
    regionCode: 'REGION_CODE',
    createdAt: 'CREATED_AT',
  },
  filter: (f) => listify(f, ['status', 'kind', 'hospitalGrade']),
  update: {
    document: UpdateProvider,
    field: 'updateProvider',
    payload: 'provider',
    input: ({ id, data }) => providerEditInput(id, data),
  },
};
export const providersView: ResourceProps = {
  name: 'providers',
  icon: LocalHospitalIcon,
  list: ProvidersList,
  show: ProviderShow,
  edit: ProviderEdit,
  recordRepresentation: 'nameZh',
};
