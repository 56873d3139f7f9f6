import type { ResourceProps } from 'react-admin';
import AssignmentIcon from '@mui/icons-material/AssignmentTurnedIn';
import type { ResourceDef } from '../../providers/data/resource-def.js';
import { listify } from '../../providers/data/relay.js';
import { DesignationApplicationList, DesignationApplicationOne } from './queries.js';
import { ApplyForDesignation } from './mutations.js';
import { applicationInput } from './application-input.js';
import { lazyScreen } from '../../common/lazy-screen.js';

// Each screen is its own chunk, loaded when first shown.
const ApplicationList = lazyScreen(() => import('./ApplicationList.js'), 'ApplicationList');
const ApplicationShow = lazyScreen(() => import('./ApplicationShow.js'), 'ApplicationShow');
const ApplicationCreate = lazyScreen(() => import('./ApplicationCreate.js'), 'ApplicationCreate');

export const designationApplicationsDef: ResourceDef = {
  list: DesignationApplicationList,
  listField: 'designationApplications',
  one: DesignationApplicationOne,
  oneField: 'node',
  orderFields: {
    submittedAt: 'SUBMITTED_AT',
    number: 'NUMBER',
    status: 'STATUS',
    decisionDueOn: 'DECISION_DUE_ON',
  },
  filter: (f) => listify(f, ['status']),
  create: {
    document: ApplyForDesignation,
    field: 'applyForDesignation',
    payload: 'application',
    input: ({ data }) => applicationInput(data),
  },
};

export const designationApplicationsView: ResourceProps = {
  name: 'designationApplications',
  icon: AssignmentIcon,
  list: ApplicationList,
  show: ApplicationShow,
  create: ApplicationCreate,
  recordRepresentation: 'number',
};
