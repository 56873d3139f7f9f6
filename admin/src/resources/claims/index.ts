import type { ResourceProps } from 'react-admin';
import ReceiptLongIcon from '@mui/icons-material/ReceiptLong';
import type { ResourceDef } from '../../providers/data/resource-def.js';
import { ClaimList as ListDoc, ClaimOne } from './queries.js';
import { claimFilter } from './filter.js';
import { lazyScreen } from '../../common/lazy-screen.js';

// Each screen is its own chunk, loaded when first shown.
const ClaimList = lazyScreen(() => import('./ClaimList.js'), 'ClaimList');
const ClaimShow = lazyScreen(() => import('./ClaimShow.js'), 'ClaimShow');
// The import page (POST /claims/import) lives at the resource's create URL.
const ClaimImport = lazyScreen(() => import('./ClaimImport.js'), 'ClaimImport');

export const claimsDef: ResourceDef = {
  list: ListDoc,
  listField: 'claims',
  one: ClaimOne,
  oneField: 'node',
  orderFields: { settledAt: 'SETTLED_AT', fundFen: 'FUND' },
  filter: claimFilter,
};

export const claimsView: ResourceProps = {
  name: 'claims',
  icon: ReceiptLongIcon,
  list: ClaimList,
  show: ClaimShow,
  create: ClaimImport,
  recordRepresentation: 'settlementId',
};
