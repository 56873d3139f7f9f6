import { type ResourceProps } from 'react-admin';
import ReportIcon from '@mui/icons-material/Report';
import type { ResourceDef } from '../../providers/data/resource-def.js';
import { listify } from '../../providers/data/relay.js';
import { FindingList, FindingMany, FindingOne } from './queries.js';
import { RecordFinding } from './mutations.js';
import { findingInput } from './finding-input.js';
import { lazyScreen } from '../../common/lazy-screen.js';

/** Screens load on first use (a chunk each): the menu and the data mapping load with the console. */
const FindingsList = lazyScreen(() => import('./FindingsList.js'), 'FindingsList');
const FindingShow = lazyScreen(() => import('./FindingShow.js'), 'FindingShow');
const FindingCreate = lazyScreen(() => import('./FindingCreate.js'), 'FindingCreate');

export const findingsDef: ResourceDef = {
  list: FindingList,
  listField: 'findings',
  one: FindingOne,
  oneField: 'finding',
  many: FindingMany,
  orderFields: {
    number: 'NUMBER',
    status: 'STATUS',
    foundOn: 'FOUND_ON',
    violatingAmountFen: 'VIOLATING_AMOUNT',
    createdAt: 'CREATED_AT',
  },
  filter: (f) => listify(f, ['status', 'source', 'category']),
  create: {
    document: RecordFinding,
    field: 'recordFinding',
    payload: 'finding',
    input: ({ data }) => findingInput(data),
  },
};
export const findingsView: ResourceProps = {
  name: 'findings',
  icon: ReportIcon,
  list: FindingsList,
  show: FindingShow,
  create: FindingCreate,
  recordRepresentation: 'number',
};
