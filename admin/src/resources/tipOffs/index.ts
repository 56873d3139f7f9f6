import type { ResourceProps } from 'react-admin';
import CampaignIcon from '@mui/icons-material/Campaign';
import type { ResourceDef } from '../../providers/data/resource-def.js';
import { listify } from '../../providers/data/relay.js';
import { lazyScreen } from '../../common/lazy-screen.js';
import { TipOffList as TipOffListQuery, TipOffOne } from './queries.js';
import { ReceiveTipOff } from './mutations.js';
import { receiveTipOffInput } from './receive-input.js';

// Each screen is its own chunk, loaded when first shown.
const TipOffList = lazyScreen(() => import('./TipOffList.js'), 'TipOffList');
const TipOffShow = lazyScreen(() => import('./TipOffShow.js'), 'TipOffShow');
const TipOffCreate = lazyScreen(() => import('./TipOffCreate.js'), 'TipOffCreate');

export const tipOffsDef: ResourceDef = {
  list: TipOffListQuery,
  listField: 'tipOffs',
  one: TipOffOne,
  oneField: 'node',
  orderFields: { receivedAt: 'RECEIVED_AT', number: 'NUMBER', status: 'STATUS' },
  filter: (f) => listify(f, ['status', 'channel']),
  create: {
    document: ReceiveTipOff,
    field: 'receiveTipOff',
    payload: 'tipOff',
    input: ({ data }) => receiveTipOffInput(data),
  },
};

export const tipOffsView: ResourceProps = {
  name: 'tipOffs',
  icon: CampaignIcon,
  list: TipOffList,
  show: TipOffShow,
  create: TipOffCreate,
  recordRepresentation: 'number',
};
