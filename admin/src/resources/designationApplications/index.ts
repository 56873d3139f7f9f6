import type { ResourceProps } from 'react-admin';
import AssignmentIcon from '@mui/icons-material/AssignmentTurnedIn';
import type { ResourceDef } from '../../providers/data/resource-def.js';
import { listify } from '../../providers/data/relay.js';
import { DesignationApplicationList, DesignationApplicationOne } from './queries.js';
import { ApplicationList } from './ApplicationList.js';
import { ApplicationShow } from './ApplicationShow.js';

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
};

export const designationApplicationsView: ResourceProps = {
  name: 'designationApplications',
  icon: AssignmentIcon,
  list: ApplicationList,
  show: ApplicationShow,
  recordRepresentation: 'number',
};
