import type { ResourceProps } from 'react-admin';
import ReceiptLongIcon from '@mui/icons-material/ReceiptLong';
import type { ResourceDef } from '../../providers/data/resource-def.js';
import { ClaimList as ListDoc, ClaimOne } from './queries.js';
import { claimFilter } from './filter.js';
import { ClaimList } from './ClaimList.js';
import { ClaimShow } from './ClaimShow.js';

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
  recordRepresentation: 'settlementId',
};
