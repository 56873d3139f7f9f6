import type { ResourceProps } from 'react-admin';
import RuleIcon from '@mui/icons-material/Rule';
import type { ResourceDef } from '../../providers/data/resource-def.js';
import { AuditRuleList as ListDoc, AuditRuleOne } from './queries.js';
import { lazyScreen } from '../../common/lazy-screen.js';

// Each screen is its own chunk, loaded when first shown.
const AuditRuleList = lazyScreen(() => import('./AuditRuleList.js'), 'AuditRuleList');
const AuditRuleShow = lazyScreen(() => import('./AuditRuleShow.js'), 'AuditRuleShow');

export const auditRulesDef: ResourceDef = {
  list: ListDoc,
  listField: 'auditRules',
  one: AuditRuleOne,
  oneField: 'node',
  orderFields: { code: 'CODE', nameZh: 'NAME_ZH', createdAt: 'CREATED_AT' },
};

export const auditRulesView: ResourceProps = {
  name: 'auditRules',
  icon: RuleIcon,
  list: AuditRuleList,
  show: AuditRuleShow,
  recordRepresentation: 'code',
};
