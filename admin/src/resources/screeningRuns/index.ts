import type { ResourceProps } from 'react-admin';
import ManageSearchIcon from '@mui/icons-material/ManageSearch';
import type { ResourceDef } from '../../providers/data/resource-def.js';
import { ScreeningRunList as ListDoc, ScreeningRunOne } from './queries.js';
import { StartScreeningRun } from './mutations.js';
import { startRunInput } from './start-input.js';
import { ScreeningRunList } from './ScreeningRunList.js';
import { ScreeningRunShow } from './ScreeningRunShow.js';
import { ScreeningRunCreate } from './ScreeningRunCreate.js';

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
