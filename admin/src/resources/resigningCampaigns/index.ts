import type { ResourceProps } from 'react-admin';
import AutorenewIcon from '@mui/icons-material/Autorenew';
import type { ResourceDef } from '../../providers/data/resource-def.js';
import { CampaignList as ListDoc, CampaignOne } from './queries.js';
import { lazyScreen } from '../../common/lazy-screen.js';

// Each screen is its own chunk, loaded when first shown.
const CampaignList = lazyScreen(() => import('./CampaignList.js'), 'CampaignList');
const CampaignShow = lazyScreen(() => import('./CampaignShow.js'), 'CampaignShow');

/** Read-only: campaigns are started from a published template's page. */
export const resigningCampaignsDef: ResourceDef = {
  list: ListDoc,
  listField: 'resigningCampaigns',
  one: CampaignOne,
  oneField: 'resigningCampaign',
  orderFields: {},
};

export const resigningCampaignsView: ResourceProps = {
  name: 'resigningCampaigns',
  icon: AutorenewIcon,
  list: CampaignList,
  show: CampaignShow,
};
