import type { ResourceProps } from 'react-admin';
import ManageSearchIcon from '@mui/icons-material/ManageSearch';
import type { ResourceDef } from '../../providers/data/resource-def.js';
import { ScreeningRunList as ListDoc, ScreeningRunOne } from './queries.js';
import { StartScreeningRun } from './mutations.js';
import { startRunInput } from './start-input.js';
import { lazyScreen } from '../../common/lazy-screen.js';

// Each screen is its own chunk, loaded when first shown.
const ScreeningRunList = lazyScreen(() => import('./ScreeningRunList.js'), 'ScreeningRunList');
const ScreeningRunShow = lazyScreen(() => import('./ScreeningRunShow.js'), 'ScreeningRunShow');
const ScreeningRunCreate = lazyScreen(() => import('./ScreeningRunCreate.js'), 'ScreeningRunCreate');

export const screeningRunsDef: ResourceDef = {
  list: ListDoc,
  listField: 'screeningRuns',
  one: ScreeningRunOne,
  oneField: 'node',
  orderFields: {},
  create: {
    document: StartScreeningRun,
    field: 'startScreeningRun',
    payload: 'screeningRun',
    input: ({ data }) => startRunInput(data),
  },
};

export const screeningRunsView: ResourceProps = {
  name: 'screeningRuns',
  icon: ManageSearchIcon,
  list: ScreeningRunList,
  show: ScreeningRunShow,
  create: ScreeningRunCreate,
};
