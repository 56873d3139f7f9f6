import type { ResourceProps } from 'react-admin';
import MenuBookIcon from '@mui/icons-material/MenuBook';
import type { ResourceDef } from '../../providers/data/resource-def.js';
import { listify } from '../../providers/data/relay.js';
import { KnowledgeEntryList as ListDoc, KnowledgeEntryOne } from './queries.js';
import { lazyScreen } from '../../common/lazy-screen.js';

// Each screen is its own chunk, loaded when first shown.
const KnowledgeEntryList = lazyScreen(() => import('./KnowledgeEntryList.js'), 'KnowledgeEntryList');

export const knowledgeEntriesDef: ResourceDef = {
  list: ListDoc,
  listField: 'knowledgeEntries',
  one: KnowledgeEntryOne,
  oneField: 'node',
  orderFields: {},
  filter: (f) => listify(f, ['kind']),
};

export const knowledgeEntriesView: ResourceProps = {
  name: 'knowledgeEntries',
  icon: MenuBookIcon,
  list: KnowledgeEntryList,
  recordRepresentation: 'catalogueCode',
};
