import {
  AutocompleteInput,
  Datagrid,
  List,
  ReferenceInput,
  SelectInput,
  TextField,
  TextInput,
} from 'react-admin';
import { DateField } from '../../common/DateField.js';
import { EnumField, MoneyField, NameField, enumChoices, useLocalName } from '../../common/fields.js';
import { EmptyState } from '../../common/EmptyState.js';
import { ClaimListActions } from './ClaimListActions.js';
import { monitoringEnumsEn } from '../../i18n/monitoring.en.js';
import { searchFilter } from '../../common/filters.js';

function ProviderInput({ source }: { source: string }) {
  const name = useLocalName();
  return (
    <ReferenceInput source={source} reference="providers">
      <AutocompleteInput optionText={(r) => name(r)} filterToQuery={(q) => ({ q })} />
    </ReferenceInput>
  );
}

const filters = [
  searchFilter,
  <ProviderInput key="providerId" source="providerId" />,
  <TextInput key="month" source="month" type="month" alwaysOn InputLabelProps={{ shrink: true }} />,
  <SelectInput
    key="visitType"
    source="visitType"
    choices={enumChoices('VisitType', Object.keys(monitoringEnumsEn.VisitType))}
  />,
];

/** Settled claims, newest first; amounts in yuan from integer fen. */
export function ClaimList() {
  return (
    <List filters={filters} actions={<ClaimListActions />} sort={{ field: 'settledAt', order: 'DESC' }} empty={<EmptyState />}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="settlementId" sortable={false} />
        <NameField source="provider" sortable={false} />
        <EnumField source="visitType" enumName="VisitType" sortable={false} />
        <DateField source="settledAt" showTime />
        <MoneyField source="totalFen" sortable={false} />
        <MoneyField source="fundFen" />
      </Datagrid>
    </List>
  );
}
