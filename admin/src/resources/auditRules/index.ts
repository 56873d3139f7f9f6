import type { ResourceProps } from 'react-admin';
import RuleIcon from '@mui/icons-material/Rule';
import type { ResourceDef } from '../../providers/data/resource-def.js';
import { AuditRuleList as ListDoc, AuditRuleOne } from './queries.js';
import { AuditRuleList } from './AuditRuleList.js';
import { AuditRuleShow } from './AuditRuleShow.js';

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
