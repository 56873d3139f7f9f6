import {
  ArrayField,
  Datagrid,
  List,
  NumberField,
  ReferenceField,
  SearchInput,
  SelectInput,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  useRecordContext,
  type ResourceProps,
} from 'react-admin';
import { DateField } from '../../common/DateField.js';
import GavelIcon from '@mui/icons-material/Gavel';
import type { ResourceDef } from '../../providers/data/resource-def.js';
import { listify } from '../../providers/data/relay.js';
import { EnumField, MoneyField, NameField, enumChoices } from '../../common/fields.js';
import { AuditLink } from '../../common/AuditLink.js';
import { EmptyState } from '../../common/EmptyState.js';
import { enumsEn } from '../../i18n/enums.en.js';
import { PenaltyList, PenaltyMany, PenaltyOne } from './queries.js';
import { PenaltyActions } from './actions.js';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput
    key="status"
    source="status"
    choices={enumChoices('PenaltyStatus', Object.keys(enumsEn.PenaltyStatus))}
    alwaysOn
  />,
  <SelectInput
    key="measure"
    source="measure"
    choices={enumChoices('PenaltyMeasure', Object.keys(enumsEn.PenaltyMeasure))}
  />,
];

function PenaltiesList() {
  return (
    <List filters={filters} sort={{ field: 'proposedAt', order: 'DESC' }} empty={<EmptyState />}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="number" />
        <EnumField source="measure" enumName="PenaltyMeasure" />
        <EnumField source="status" enumName="PenaltyStatus" chip />
        <NameField source="provider" sortable={false} />
        <TextField source="agreement.number" label="resources.penalties.fields.agreement" sortable={false} />
        <MoneyField source="amountFen" />
        <MoneyField source="recoveredAmountFen" sortable={false} />
        <DateField source="proposedAt" showTime />
      </Datagrid>
    </List>
  );
}

function PenaltyTitle() {
  const record = useRecordContext<{ number: string }>();
  return <span>{record?.number}</span>;
}

function PenaltyShow() {
  return (
    <Show
      title={<PenaltyTitle />}
      actions={
        <TopToolbar>
          <PenaltyActions />
          <AuditLink />
        </TopToolbar>
      }
    >
      <SimpleShowLayout>
        <TextField source="number" />
        <EnumField source="status" enumName="PenaltyStatus" chip />
        <EnumField source="measure" enumName="PenaltyMeasure" />
        <EnumField source="target" enumName="PenaltyTarget" />
        <ReferenceField
          source="finding.id"
          reference="findings"
          label="resources.penalties.fields.finding"
          link="show"
        >
          <TextField source="number" />
        </ReferenceField>
        <ReferenceField
          source="agreement.id"
          reference="agreements"
          label="resources.penalties.fields.agreement"
          link="show"
        >
          <TextField source="number" />
        </ReferenceField>
        <NameField source="provider" />
        <NameField source="physician" />
        <MoneyField source="baseAmountFen" />
        <TextField source="multiple" emptyText="—" />
        <MoneyField source="amountFen" />
        <MoneyField source="recoveredAmountFen" />
        <NumberField source="durationMonths" emptyText="—" />
        <TextField source="legalBasis" />
        <TextField source="clauseRef" emptyText="—" />
        <TextField source="notes" emptyText="—" />
        <DateField source="proposedAt" showTime />
        <DateField source="issuedAt" showTime emptyText="—" />
        <DateField source="appealDeadline" showTime emptyText="—" />
        <DateField source="decidedAt" showTime emptyText="—" />
        <DateField source="executedAt" showTime emptyText="—" />
        <DateField source="closedAt" showTime emptyText="—" />
        <ArrayField source="appeals" label="hub.penalty.appeals">
          <Datagrid bulkActionButtons={false} rowClick={false}>
            <EnumField source="kind" enumName="AppealKind" label=" " />
            <TextField source="grounds" label="hub.penalty.grounds" />
            <DateField source="filedAt" showTime label="resources.penalties.fields.proposedAt" />
            <EnumField source="decision" enumName="AppealDecision" label="hub.penalty.decision" />
            <TextField source="decisionReason" label="hub.penalty.decisionReason" emptyText="—" />
            <MoneyField source="reducedAmountFen" label="hub.penalty.reducedAmount" />
          </Datagrid>
        </ArrayField>
      </SimpleShowLayout>
    </Show>
  );
}

export const penaltiesDef: ResourceDef = {
  list: PenaltyList,
  listField: 'penalties',
  one: PenaltyOne,
  oneField: 'penalty',
  many: PenaltyMany,
  orderFields: {
    number: 'NUMBER',
    status: 'STATUS',
    measure: 'MEASURE',
    amountFen: 'AMOUNT',
    proposedAt: 'PROPOSED_AT',
    createdAt: 'CREATED_AT',
  },
  filter: (f) => listify(f, ['status', 'measure', 'target']),
};

export const penaltiesView: ResourceProps = {
  name: 'penalties',
  icon: GavelIcon,
  list: PenaltiesList,
  show: PenaltyShow,
  recordRepresentation: 'number',
};
