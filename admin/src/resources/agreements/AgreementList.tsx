import {
  AutocompleteInput,
  BooleanInput,
  CreateButton,
  Datagrid,
  FilterButton,
  List,
  ReferenceInput,
  SelectInput,
  TextField,
  TopToolbar,
  usePermissions,
} from 'react-admin';
import { DateField } from '../../common/DateField.js';
import { EnumField, NameField, enumChoices } from '../../common/fields.js';
import { EmptyState } from '../../common/EmptyState.js';
import { enumsEn } from '../../i18n/enums.en.js';
import { canDo } from '../../providers/auth-provider.js';
import { useLocalName } from '../../common/fields.js';
import { ExportButtons } from '../../common/export/ExportButtons.js';
import { agreementExportColumns } from './export-columns.js';
import { searchFilter } from '../../common/filters.js';

const statuses = enumChoices('AgreementStatus', Object.keys(enumsEn.AgreementStatus));
const kinds = enumChoices('AgreementKind', Object.keys(enumsEn.AgreementKind));

function PartyInput({ source, reference }: { source: string; reference: string }) {
  const name = useLocalName();
  return (
    <ReferenceInput source={source} reference={reference}>
      <AutocompleteInput optionText={(r) => name(r)} filterToQuery={(q) => ({ q })} />
    </ReferenceInput>
  );
}

const filters = [
  searchFilter,
  <SelectInput key="status" source="status" choices={statuses} alwaysOn />,
  <SelectInput key="kind" source="kind" choices={kinds} />,
  <PartyInput key="insurerId" source="insurerId" reference="insurers" />,
  <PartyInput key="providerId" source="providerId" reference="providers" />,
  <PartyInput key="partnerId" source="partnerId" reference="partners" />,
  <BooleanInput key="expiringSoon" source="expiringSoon" label="hub.filters.expiringSoon" alwaysOn />,
];

function Actions() {
  const { permissions } = usePermissions();
  return (
    <TopToolbar>
      <FilterButton />
      {canDo(permissions, 'manageAgreements') ? <CreateButton /> : null}
      <ExportButtons columns={agreementExportColumns} />
    </TopToolbar>
  );
}

export function AgreementList() {
  return (
    <List
      filters={filters}
      actions={<Actions />}
      sort={{ field: 'endsOn', order: 'ASC' }}
      perPage={25}
      empty={<EmptyState />}
    >
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="number" />
        <EnumField source="kind" enumName="AgreementKind" />
        <EnumField source="status" enumName="AgreementStatus" chip />
        <NameField source="insurer" sortable={false} />
        <NameField source="provider" sortable={false} />
        <NameField source="partner" sortable={false} />
        <DateField source="startsOn" />
        <DateField source="endsOn" />
      </Datagrid>
    </List>
  );
}
