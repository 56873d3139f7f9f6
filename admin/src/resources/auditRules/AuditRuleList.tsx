import { BooleanField, BooleanInput, Datagrid, List, SelectInput, TextField } from 'react-admin';
import { EnumField, enumChoices } from '../../common/fields.js';
import { EmptyState } from '../../common/EmptyState.js';
import { monitoringEnumsEn } from '../../i18n/monitoring.en.js';
import { LocalText, useLocalSort } from '../../common/LocalText.js';
import { searchFilter } from '../../common/filters.js';

const filters = [
  searchFilter,
  <SelectInput
    key="kind"
    source="kind"
    choices={enumChoices('RuleKind', Object.keys(monitoringEnumsEn.RuleKind))}
  />,
  <SelectInput
    key="stage"
    source="stage"
    choices={enumChoices('RuleStage', Object.keys(monitoringEnumsEn.RuleStage))}
  />,
  <BooleanInput key="active" source="active" />,
];

/** The insurer's rule library: each rule once, with the moments it runs in. */
export function AuditRuleList() {
  const nameSort = useLocalSort('name');
  return (
    <List filters={filters} sort={{ field: 'code', order: 'ASC' }} empty={<EmptyState />}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="code" />
        <LocalText base="name" source="nameZh" label="resources.auditRules.fields.nameZh" {...nameSort} />
        <EnumField source="kind" enumName="RuleKind" sortable={false} />
        <EnumField source="stages" enumName="RuleStage" sortable={false} />
        <BooleanField source="blocking" sortable={false} />
        <EnumField source="judgementLevel" enumName="JudgementLevel" sortable={false} />
        <TextField source="entryCount" sortable={false} />
        <BooleanField source="active" sortable={false} />
      </Datagrid>
    </List>
  );
}
