import { type ResourceProps } from 'react-admin';
import HandshakeIcon from '@mui/icons-material/Handshake';
import type { ResourceDef } from '../../providers/data/resource-def.js';
import { listify } from '../../providers/data/relay.js';
import { PartnerList, PartnerMany, PartnerOne, UpdatePartner } from './queries.js';
import { partnerEditInput } from '../../common/party-edit-input.js';
import { lazyScreen } from '../../common/lazy-screen.js';

/** Screens load on first use (a chunk each): the menu and the data mapping load with the console. */
const PartnersList = lazyScreen(() => import('./PartnersList.js'), 'PartnersList');
const PartnerShow = lazyScreen(() => import('./PartnerShow.js'), 'PartnerShow');
const PartnerEdit = lazyScreen(() => import('./PartnerEdit.js'), 'PartnerEdit');

export const partnersDef: ResourceDef = {
  list: PartnerList,
  listField: 'partners',
  one: PartnerOne,
  oneField: 'partner',
  many: PartnerMany,
  orderFields: { code: 'CODE', nameZh: 'NAME_ZH', kind: 'KIND', createdAt: 'CREATED_AT' },
  filter: (f) => listify(f, ['kind', 'status']),
  update: {
    document: UpdatePartner,
    field: 'updatePartner',
    payload: 'partner',
    input: ({ id, data }) => partnerEditInput(id, data),
  },
};
export const partnersView: ResourceProps = {
  name: 'partners',
  icon: HandshakeIcon,
  list: PartnersList,
  show: PartnerShow,
  edit: PartnerEdit,
  recordRepresentation: 'nameZh',
};
