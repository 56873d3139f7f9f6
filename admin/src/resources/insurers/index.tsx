import {
  ArrayField,
  Datagrid,
  List,
  SearchInput,
  SelectInput,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  type ResourceProps,
} from 'react-admin';
import { DateField } from '../../common/DateField.js';
import AccountBalanceIcon from '@mui/icons-material/AccountBalance';
import type { ResourceDef } from '../../providers/data/resource-def.js';
import { listify } from '../../providers/data/relay.js';
import { EnumField, RecordName, enumChoices } from '../../common/fields.js';
import { AuditLink } from '../../common/AuditLink.js';
import { EmptyState } from '../../common/EmptyState.js';
import { enumsEn } from '../../i18n/enums.en.js';
import { InsurerList, InsurerMany, InsurerOne } from './queries.js';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput
    key="level"
    source="level"
    choices={enumChoices('InsurerLevel', Object.keys(enumsEn.InsurerLevel))}
  />,
];

function InsurersList() {
  return (
    <List filters={filters} sort={{ field: 'code', order: 'ASC' }} empty={<EmptyState />}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="code" />
        <TextField source="nameZh" />
        <TextField source="nameEn" />
        <EnumField source="level" enumName="InsurerLevel" sortable={false} />
        <TextField source="regionZh" sortable={false} />
      </Datagrid>
    </List>
  );
}

function InsurerShow() {
  return (
    <Show
      title={<RecordName />}
      actions={
        <TopToolbar>
          <AuditLink />
        </TopToolbar>
      }
    >
      <SimpleShowLayout>
        <TextField source="code" />
        <TextField source="nameZh" />
        <TextField source="nameEn" />
        <EnumField source="level" enumName="InsurerLevel" />
        <TextField source="regionCode" />
        <TextField source="regionZh" />
        <ArrayField source="agreements" label="hub.related.agreements">
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
      </SimpleShowLayout>
    </Show>
  );
}

export const insurersDef: ResourceDef = {
  list: InsurerList,
  listField: 'insurers',
  one: InsurerOne,
  oneField: 'insurer',
  many: InsurerMany,
  orderFields: { code: 'CODE', nameZh: 'NAME_ZH', regionCode: 'REGION_CODE', createdAt: 'CREATED_AT' },
  filter: (f) => listify(f, ['level']),
};

export const insurersView: ResourceProps = {
  name: 'insurers',
  icon: AccountBalanceIcon,
  list: InsurersList,
  show: InsurerShow,
  recordRepresentation: 'nameZh',
};
