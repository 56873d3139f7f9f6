import { type ResourceProps } from 'react-admin';
import MedicalServicesIcon from '@mui/icons-material/MedicalServices';
import type { ResourceDef } from '../../providers/data/resource-def.js';
import { listify } from '../../providers/data/relay.js';
import { PhysicianList, PhysicianMany, PhysicianOne, RegisterPhysician, UpdatePhysician } from './queries.js';
import { physicianEditInput, physicianRegisterInput } from '../../common/party-edit-input.js';
import { lazyScreen } from '../../common/lazy-screen.js';

/** Screens load on first use (a chunk each): the menu and the data mapping load with the console. */
const PhysiciansList = lazyScreen(() => import('./PhysiciansList.js'), 'PhysiciansList');
const PhysicianShow = lazyScreen(() => import('./PhysicianShow.js'), 'PhysicianShow');
const PhysicianEdit = lazyScreen(() => import('./PhysicianEdit.js'), 'PhysicianEdit');
const PhysicianCreate = lazyScreen(() => import('./PhysicianCreate.js'), 'PhysicianCreate');

export const physiciansDef: ResourceDef = {
  list: PhysicianList,
  listField: 'physicians',
  one: PhysicianOne,
  oneField: 'physician',
  many: PhysicianMany,
  orderFields: { code: 'CODE', nameZh: 'NAME_ZH', status: 'STATUS', createdAt: 'CREATED_AT' },
  filter: (f) => listify(f, ['status', 'profession']),
  create: {
    document: RegisterPhysician,
    field: 'registerPhysician',
    payload: 'physician',
    input: ({ data }) => physicianRegisterInput(data),
  },
  update: {
    document: UpdatePhysician,
    field: 'updatePhysician',
    payload: 'physician',
    input: ({ id, data }) => physicianEditInput(id, data),
  },
};
export const physiciansView: ResourceProps = {
  name: 'physicians',
  icon: MedicalServicesIcon,
  list: PhysiciansList,
  show: PhysicianShow,
  edit: PhysicianEdit,
  create: PhysicianCreate,
  recordRepresentation: 'nameZh',
};
