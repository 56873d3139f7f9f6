import type { ResourceProps } from 'react-admin';
import CampaignIcon from '@mui/icons-material/Campaign';
import type { ResourceDef } from '../../providers/data/resource-def.js';
import { PublicDisclosureList, PublicDisclosureOne } from './queries.js';
import { lazyScreen } from '../../common/lazy-screen.js';

// Each screen is its own chunk, loaded when first shown.
const DisclosureList = lazyScreen(() => import('./DisclosureList.js'), 'DisclosureList');

export const publicDisclosuresDef: ResourceDef = {
  list: PublicDisclosureList,
  listField: 'publicDisclosures',
  one: PublicDisclosureOne,
  oneField: 'node',
  orderFields: {},
};

export const publicDisclosuresView: ResourceProps = {
  name: 'publicDisclosures',
  icon: CampaignIcon,
  list: DisclosureList,
};
