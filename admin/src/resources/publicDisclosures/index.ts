import type { ResourceProps } from 'react-admin';
import CampaignIcon from '@mui/icons-material/Campaign';
import type { ResourceDef } from '../../providers/data/resource-def.js';
import { PublicDisclosureList, PublicDisclosureOne } from './queries.js';
import { DisclosureList } from './DisclosureList.js';

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
