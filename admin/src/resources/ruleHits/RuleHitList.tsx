import {
  BooleanInput,
  Datagrid,
  ExportButton,
  FilterButton,
  List,
  TopToolbar,
  SearchInput,
  SelectInput,
  TextField,
  usePermissions,
} from 'react-admin';
import { DateField } from '../../common/DateField.js';
import { EmptyState } from '../../common/EmptyState.js';
import { EnumField, MoneyField, NameField, enumChoices } from '../../common/fields.js';
import { canDo } from '../../providers/auth-provider.js';
import { enumsEn } from '../../i18n/enums.en.js';
import { BulkConfirmButton } from './BulkConfirmButton.js';
import { DeadlinesButton } from './DeadlinesButton.js';
import { DueField } from './DueField.js';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput
    key="step"
    source="step"
    choices={enumChoices('RuleHitStep', Object.keys(enumsEn.RuleHitStep))}
    alwaysOn
  />,
  <BooleanInput key="overdue" source="overdue" alwaysOn />,
  <SelectInput
    key="status"
    source="status"
    choices={enumChoices('RuleHitStatus', Object.keys(enumsEn.RuleHitStatus))}
  />,
  <SelectInput
    key="stage"
    source="stage"
    choices={enumChoices('RuleStage', Object.keys(enumsEn.RuleStage))}
  />,
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
        rowSx={(r) => (r.overdue ? { backgroundColor: 'rgba(198, 40, 40, 0.06)' } : {})}
      >
        <TextField source="claimRef" />
        <TextField source="rule.code" label="resources.ruleHits.fields.rule" sortable={false} />
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
