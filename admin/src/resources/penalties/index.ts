import { type ResourceProps } from 'react-admin';
import GavelIcon from '@mui/icons-material/Gavel';
import type { ResourceDef } from '../../providers/data/resource-def.js';
import { listify } from '../../providers/data/relay.js';
import { PenaltyList, PenaltyMany, PenaltyOne } from './queries.js';
import { lazyScreen } from '../../common/lazy-screen.js';

/** Screens load on first use (a chunk each): the menu and the data mapping load with the console. */
const PenaltiesList = lazyScreen(() => import('./PenaltiesList.js'), 'PenaltiesList');
const PenaltyShow = lazyScreen(() => import('./PenaltyShow.js'), 'PenaltyShow');

export const penaltiesDef: ResourceDef = {
  list: PenaltyList,
  listField: 'penalties',
  one: PenaltyOne,
  oneField: 'penalty',
  many: PenaltyMany,
  orderFields: {
    number: 'NUMBER',
    status: 'STATUS',
    measure: 'MEASURE',
    amountFen: 'AMOUNT',
    proposedAt: 'PROPOSED_AT',
    createdAt: 'CREATED_AT',
  },
  filter: (f) => listify(f, ['status', 'measure', 'target']),
};
export const penaltiesView: ResourceProps = {
  name: 'penalties',
  icon: GavelIcon,
  list: PenaltiesList,
  show: PenaltyShow,
  recordRepresentation: 'number',
};
