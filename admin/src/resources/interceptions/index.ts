import type { ResourceProps } from 'react-admin';
import BlockIcon from '@mui/icons-material/Block';
import type { ResourceDef } from '../../providers/data/resource-def.js';
import { InterceptionList as ListDoc, InterceptionOne } from './queries.js';
import { lazyScreen } from '../../common/lazy-screen.js';

// The screen is its own chunk, loaded when first shown.
const InterceptionList = lazyScreen(() => import('./InterceptionList.js'), 'InterceptionList');

export const interceptionsDef: ResourceDef = {
  list: ListDoc,
  listField: 'interceptions',
  one: InterceptionOne,
  oneField: 'node',
  orderFields: { at: 'AT', fundFen: 'FUND' },
};

export const interceptionsView: ResourceProps = {
  name: 'interceptions',
  icon: BlockIcon,
  list: InterceptionList,
  recordRepresentation: 'settlementId',
};
