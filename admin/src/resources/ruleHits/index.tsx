import type { ResourceProps } from 'react-admin';
import FactCheckIcon from '@mui/icons-material/FactCheck';
import type { ResourceDef } from '../../providers/data/resource-def.js';
import { RuleHitList, RuleHitMany, RuleHitOne } from './queries.js';
import { ruleHitFilter } from './filter.js';
import { lazyScreen } from '../../common/lazy-screen.js';

// Each screen is its own chunk, loaded when first shown.
const RuleHitListView = lazyScreen(() => import('./RuleHitList.js'), 'RuleHitList');
const RuleHitShow = lazyScreen(() => import('./RuleHitShow.js'), 'RuleHitShow');

export const ruleHitsDef: ResourceDef = {
  list: RuleHitList,
  listField: 'ruleHits',
  one: RuleHitOne,
  oneField: 'ruleHit',
  many: RuleHitMany,
  orderFields: {
    dueAt: 'DUE_AT',
    occurredAt: 'OCCURRED_AT',
    amountFen: 'AMOUNT',
    createdAt: 'CREATED_AT',
  },
  filter: ruleHitFilter,
};

export const ruleHitsView: ResourceProps = {
  name: 'ruleHits',
  icon: FactCheckIcon,
  list: RuleHitListView,
  show: RuleHitShow,
  recordRepresentation: 'claimRef',
};
