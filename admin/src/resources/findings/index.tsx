import {
  ArrayField,
  CreateButton,
  Datagrid,
  FilterButton,
  List,
  ReferenceField,
  SearchInput,
  SelectInput,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  usePermissions,
  useRecordContext,
  type ResourceProps,
} from 'react-admin';
import { DateField } from '../../common/DateField.js';
import ReportIcon from '@mui/icons-material/Report';
import type { ResourceDef } from '../../providers/data/resource-def.js';
import { listify } from '../../providers/data/relay.js';
import { EnumField, MoneyField, NameField, enumChoices } from '../../common/fields.js';
import { AuditLink } from '../../common/AuditLink.js';
import { EmptyState } from '../../common/EmptyState.js';
import { enumsEn } from '../../i18n/enums.en.js';
import { FindingList, FindingMany, FindingOne } from './queries.js';
import { ProposePenaltyButton } from '../penalties/actions.js';
import { canDo } from '../../providers/auth-provider.js';
import { FindingCreate } from './FindingCreate.js';
import { RecordFinding } from './mutations.js';
import { findingInput } from './finding-input.js';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput
    key="status"
    source="status"
    choices={enumChoices('FindingStatus', Object.keys(enumsEn.FindingStatus))}
    alwaysOn
  />,
  <SelectInput
    key="source"
    source="source"
    choices={enumChoices('FindingSource', Object.keys(enumsEn.FindingSource))}
  />,
];

/** "Record finding" only for users holding `recordFindings` (the server checks again). */
function ListActions() {
  const { permissions } = usePermissions();
  return (
    <TopToolbar>
      <FilterButton />
      {canDo(permissions, 'recordFindings') ? <CreateButton label="hub.actions.recordFinding" /> : null}
    </TopToolbar>
  );
}

function FindingsList() {
  return (
    <List
      filters={filters}
      actions={<ListActions />}
      sort={{ field: 'foundOn', order: 'DESC' }}
      empty={<EmptyState />}
    >
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="number" />
        <NameField source="violationType" sortable={false} />
        <NameField source="provider" sortable={false} />
        <TextField source="agreement.number" label="resources.findings.fields.agreement" sortable={false} />
        <EnumField source="source" enumName="FindingSource" sortable={false} />
        <EnumField source="status" enumName="FindingStatus" chip />
        <MoneyField source="violatingAmountFen" />
        <DateField source="foundOn" />
      </Datagrid>
    </List>
  );
}

function FindingTitle() {
  const record = useRecordContext<{ number: string }>();
  return <span>{record?.number}</span>;
}

function FindingShow() {
  return (
    <Show
      title={<FindingTitle />}
      actions={
        <TopToolbar>
          <ProposePenaltyButton />
          <AuditLink />
        </TopToolbar>
      }
    >
      <SimpleShowLayout>
        <TextField source="number" />
        <EnumField source="status" enumName="FindingStatus" chip />
        <NameField source="violationType" />
        <EnumField source="source" enumName="FindingSource" />
        <ReferenceField
          source="agreement.id"
          reference="agreements"
          label="resources.findings.fields.agreement"
          link="show"
        >
          <TextField source="number" />
        </ReferenceField>
        <NameField source="provider" />
        <NameField source="physician" />
        <NameField source="partner" />
        <TextField source="description" />
        <MoneyField source="violatingAmountFen" />
        <DateField source="occurredFrom" emptyText="—" />
        <DateField source="occurredTo" emptyText="—" />
        <DateField source="foundOn" />
        <ArrayField source="penalties">
          <Datagrid
            bulkActionButtons={false}
            rowClick={(id) => `/penalties/${encodeURIComponent(String(id))}/show`}
          >
            <TextField source="number" label="resources.penalties.fields.number" />
            <EnumField
              source="measure"
              enumName="PenaltyMeasure"
              label="resources.penalties.fields.measure"
            />
            <EnumField source="status" enumName="PenaltyStatus" label="resources.penalties.fields.status" />
            <MoneyField source="amountFen" label="resources.penalties.fields.amountFen" />
          </Datagrid>
        </ArrayField>
      </SimpleShowLayout>
    </Show>
  );
}

export const findingsDef: ResourceDef = {
  list: FindingList,
  listField: 'findings',
  one: FindingOne,
  oneField: 'finding',
  many: FindingMany,
  orderFields: {
    number: 'NUMBER',
    status: 'STATUS',
    foundOn: 'FOUND_ON',
    violatingAmountFen: 'VIOLATING_AMOUNT',
    createdAt: 'CREATED_AT',
  },
  filter: (f) => listify(f, ['status', 'source', 'category']),
  create: {
    document: RecordFinding,
    field: 'recordFinding',
    payload: 'finding',
    input: ({ data }) => findingInput(data),
  },
};

export const findingsView: ResourceProps = {
  name: 'findings',
  icon: ReportIcon,
  list: FindingsList,
  show: FindingShow,
  create: FindingCreate,
  recordRepresentation: 'number',
};
