import { type ResourceProps } from 'react-admin';
import AccountBalanceIcon from '@mui/icons-material/AccountBalance';
import type { ResourceDef } from '../../providers/data/resource-def.js';
import { listify } from '../../providers/data/relay.js';
import { InsurerList, InsurerMany, InsurerOne } from './queries.js';
import { lazyScreen } from '../../common/lazy-screen.js';

/** Screens load on first use (a chunk each): the menu and the data mapping load with the console. */
const InsurersList = lazyScreen(() => import('./InsurersList.js'), 'InsurersList');
const InsurerShow = lazyScreen(() => import('./InsurerShow.js'), 'InsurerShow');

export const insurersDef: ResourceDef = {
  list: InsurerList,
  listField: 'insurers',
  one: InsurerOne,
  oneField: 'insurer',
  many: InsurerMany,
  orderFields: { code: 'CODE', nameZh: 'NAME_ZH', regionCode: 'REGION_CODE', createdAt: 'CREATED_AT' },
  filter: (f) => listify(f, ['level']),
};
export const insurersView: ResourceProps = {
  name: 'insurers',
  icon: AccountBalanceIcon,
  list: InsurersList,
  show: InsurerShow,
  recordRepresentation: 'nameZh',
};
