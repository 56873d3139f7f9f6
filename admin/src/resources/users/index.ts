import { type ResourceProps } from 'react-admin';
import PeopleIcon from '@mui/icons-material/People';
import { userInput } from './input.js';
import type { ResourceDef } from '../../providers/data/resource-def.js';
import { CreateUser, UserList, UserMany, UserOne } from './queries.js';
import { lazyScreen } from '../../common/lazy-screen.js';

/** Screens load on first use (a chunk each): the menu and the data mapping load with the console. */
const UsersList = lazyScreen(() => import('./UsersList.js'), 'UsersList');
const UserShow = lazyScreen(() => import('./UserShow.js'), 'UserShow');
const UserCreate = lazyScreen(() => import('./UserCreate.js'), 'UserCreate');

export const usersDef: ResourceDef = {
  list: UserList,
  listField: 'users',
  one: UserOne,
  oneField: 'user',
  many: UserMany,
  orderFields: {},
  create: {
    document: CreateUser,
    field: 'createUser',
    payload: 'user',
    input: ({ data }) => userInput(data),
  },
};
export const usersView: ResourceProps = {
  name: 'users',
  icon: PeopleIcon,
  list: UsersList,
  show: UserShow,
  create: UserCreate,
  recordRepresentation: 'username',
};
