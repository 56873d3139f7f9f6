import {
  BooleanInput,
  Datagrid,
  DatagridBody,
  ExportButton,
  FilterButton,
  List,
  TopToolbar,
  TextField,
  usePermissions,
} from 'react-admin';
import { DateField } from '../../common/DateField.js';
import { enumFilter, searchFilter } from '../../common/filters.js';
import { NamedRow } from '../../common/NamedRow.js';
import { EmptyState } from '../../common/EmptyState.js';
import { EnumField, MoneyField, NameField } from '../../common/fields.js';
import { canDo } from '../../providers/auth-provider.js';
import { BulkConfirmButton } from './BulkConfirmButton.js';
import { DeadlinesButton } from './DeadlinesButton.js';
import { DueField } from './DueField.js';

const filters = [
  searchFilter,
  enumFilter('step', 'RuleHitStep', { alwaysOn: true }),
  <BooleanInput key="overdue" source="overdue" alwaysOn />,
  enumFilter('status', 'RuleHitStatus'),
  enumFilter('stage', 'RuleStage'),
];

/** The review queue: hits by due date, overdue steps in red; staff confirm a selection at once. */
export function RuleHitList() {
  const { permissions } = usePermissions();
  const bulk = canDo(permissions, 'handleRuleHits') ? <BulkConfirmButton /> : false;
  return (
    <List
      filters={filters}
      sort={{ field: 'dueAt', order: 'ASC' }}
      empty={<EmptyState />}
      actions={
        <TopToolbar>
          <FilterButton />
          <DeadlinesButton />
          <ExportButton />
        </TopToolbar>
      }
    >
      <Datagrid
        rowClick="show"
        bulkActionButtons={bulk}
        body={<DatagridBody row={<NamedRow name={(r) => String(r.claimRef ?? r.id)} />} />}
        rowSx={(r) => (r.overdue ? { backgroundColor: 'rgba(198, 40, 40, 0.06)' } : {})}
      >
        <TextField source="claimRef" />
        {/* The rule by its name in the reader's language (its code, MAS-SEX_RESTRICTION, is on the hit's page). */}
        <NameField source="rule" label="resources.ruleHits.fields.rule" sortable={false} />
        <NameField source="provider" sortable={false} />
        <EnumField source="step" enumName="RuleHitStep" chip sortable={false} />
        <DueField source="dueAt" label="resources.ruleHits.fields.dueAt" sortBy="dueAt" />
        <EnumField source="status" enumName="RuleHitStatus" sortable={false} />
        <MoneyField source="amountFen" />
        <DateField source="occurredAt" showTime />
      </Datagrid>
    </List>
  );
}
