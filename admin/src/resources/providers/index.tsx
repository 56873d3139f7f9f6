import {
  ArrayField,
  Datagrid,
  List,
  SearchInput,
  SelectInput,
  Show,
  SimpleShowLayout,
  TabbedShowLayout,
  TextField,
  TopToolbar,
  type ResourceProps,
} from 'react-admin';
import { DateField } from '../../common/DateField.js';
import LocalHospitalIcon from '@mui/icons-material/LocalHospital';
import type { ResourceDef } from '../../providers/data/resource-def.js';
import { listify } from '../../providers/data/relay.js';
import { EnumField, MoneyField, NameField, RecordName, enumChoices } from '../../common/fields.js';
import { AuditLink } from '../../common/AuditLink.js';
import { EmptyState } from '../../common/EmptyState.js';
import { enumsEn } from '../../i18n/enums.en.js';
import { ProviderList, ProviderMany, ProviderOne, UpdateProvider } from './queries.js';
import { providerEditInput } from '../../common/party-edit-input.js';
import { ProviderEdit } from '../../common/PartyEdits.js';
import { GuardedEditButton } from '../../common/LockedEdit.js';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput
    key="status"
    source="status"
    choices={enumChoices('ProviderStatus', Object.keys(enumsEn.ProviderStatus))}
    alwaysOn
  />,
  <SelectInput
    key="kind"
    source="kind"
    choices={enumChoices('ProviderKind', Object.keys(enumsEn.ProviderKind))}
  />,
];

function ProvidersList() {
  return (
    <List filters={filters} sort={{ field: 'code', order: 'ASC' }} empty={<EmptyState />}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="code" />
        <TextField source="nameZh" />
        <EnumField source="kind" enumName="ProviderKind" />
        <EnumField source="hospitalGrade" enumName="HospitalGrade" sortable={false} />
        <EnumField source="ownership" enumName="Ownership" sortable={false} />
        <EnumField source="status" enumName="ProviderStatus" chip />
        <NameField source="insurer" sortable={false} />
        <DateField source="reapplicationBannedUntil" sortable={false} />
      </Datagrid>
    </List>
  );
}

function ProviderShow() {
  return (
    <Show
      title={<RecordName />}
      actions={
        <TopToolbar>
          <GuardedEditButton capability="manageParties" />
          <AuditLink />
        </TopToolbar>
      }
    >
      <TabbedShowLayout>
        <TabbedShowLayout.Tab label="hub.related.details">
          <TextField source="code" />
          <TextField source="nameZh" />
          <TextField source="nameEn" />
          <EnumField source="kind" enumName="ProviderKind" />
          <EnumField source="hospitalGrade" enumName="HospitalGrade" />
          <EnumField source="pharmacyClass" enumName="PharmacyClass" />
          <EnumField source="ownership" enumName="Ownership" />
          <EnumField source="status" enumName="ProviderStatus" chip />
          <TextField source="regionCode" />
          <TextField source="address" emptyText="—" />
          <NameField source="insurer" />
          <DateField source="reapplicationBannedUntil" emptyText="—" />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="hub.related.agreements" path="agreements">
          <ArrayField source="agreements" label={false}>
            <Datagrid
              bulkActionButtons={false}
              rowClick={(id) => `/agreements/${encodeURIComponent(String(id))}/show`}
            >
              <TextField source="number" label="resources.agreements.fields.number" />
              <EnumField source="kind" enumName="AgreementKind" label="resources.agreements.fields.kind" />
              <EnumField
                source="status"
                enumName="AgreementStatus"
                label="resources.agreements.fields.status"
              />
              <DateField source="endsOn" label="resources.agreements.fields.endsOn" />
            </Datagrid>
          </ArrayField>
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="hub.related.penalties" path="penalties">
          <SimpleShowLayout>
            <ArrayField source="penalties" label={false}>
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
                <EnumField
                  source="status"
                  enumName="PenaltyStatus"
                  label="resources.penalties.fields.status"
                />
                <MoneyField source="amountFen" label="resources.penalties.fields.amountFen" />
              </Datagrid>
            </ArrayField>
          </SimpleShowLayout>
        </TabbedShowLayout.Tab>
      </TabbedShowLayout>
    </Show>
  );
}

export const providersDef: ResourceDef = {
  list: ProviderList,
  listField: 'providers',
  one: ProviderOne,
  oneField: 'provider',
  many: ProviderMany,
  orderFields: {
    code: 'CODE',
    nameZh: 'NAME_ZH',
    nameEn: 'NAME_EN',
    kind: 'KIND',
    status: 'STATUS',
    regionCode: 'REGION_CODE',
    createdAt: 'CREATED_AT',
  },
  filter: (f) => listify(f, ['status', 'kind', 'hospitalGrade']),
  update: {
    document: UpdateProvider,
    field: 'updateProvider',
    payload: 'provider',
    input: ({ id, data }) => providerEditInput(id, data),
  },
};

export const providersView: ResourceProps = {
  name: 'providers',
  icon: LocalHospitalIcon,
  list: ProvidersList,
  show: ProviderShow,
  edit: ProviderEdit,
  recordRepresentation: 'nameZh',
};
