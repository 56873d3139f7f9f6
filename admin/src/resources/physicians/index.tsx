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
import MedicalServicesIcon from '@mui/icons-material/MedicalServices';
import type { ResourceDef } from '../../providers/data/resource-def.js';
import { listify } from '../../providers/data/relay.js';
import { EnumField, NameField, RecordName, enumChoices } from '../../common/fields.js';
import { AuditLink } from '../../common/AuditLink.js';
import { EmptyState } from '../../common/EmptyState.js';
import { enumsEn } from '../../i18n/enums.en.js';
import { PhysicianList, PhysicianMany, PhysicianOne, UpdatePhysician } from './queries.js';
import { physicianEditInput } from '../../common/party-edit-input.js';
import { PhysicianEdit } from '../../common/PartyEdits.js';
import { GuardedEditButton } from '../../common/LockedEdit.js';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput
    key="status"
    source="status"
    choices={enumChoices('PractitionerStatus', Object.keys(enumsEn.PractitionerStatus))}
  />,
  <SelectInput
    key="profession"
    source="profession"
    choices={enumChoices('PractitionerProfession', Object.keys(enumsEn.PractitionerProfession))}
  />,
];

function PhysiciansList() {
  return (
    <List filters={filters} sort={{ field: 'code', order: 'ASC' }} empty={<EmptyState />}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="code" />
        <TextField source="nameZh" />
        <EnumField source="profession" enumName="PractitionerProfession" sortable={false} />
        <EnumField source="status" enumName="PractitionerStatus" chip />
        <NameField source="primaryProvider" sortable={false} />
        <DateField source="billingSuspendedUntil" sortable={false} />
      </Datagrid>
    </List>
  );
}

function PhysicianShow() {
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
      <SimpleShowLayout>
        <TextField source="code" />
        <TextField source="nameZh" />
        <TextField source="nameEn" />
        <TextField source="idNumber" />
        <TextField source="licenceNumber" />
        <EnumField source="profession" enumName="PractitionerProfession" />
        <EnumField source="status" enumName="PractitionerStatus" chip />
        <DateField source="billingSuspendedUntil" emptyText="—" />
        <NameField source="primaryProvider" />
        <ArrayField source="penalties" label="hub.related.penalties">
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
          </Datagrid>
        </ArrayField>
      </SimpleShowLayout>
    </Show>
  );
}

export const physiciansDef: ResourceDef = {
  list: PhysicianList,
  listField: 'physicians',
  one: PhysicianOne,
  oneField: 'physician',
  many: PhysicianMany,
  orderFields: { code: 'CODE', nameZh: 'NAME_ZH', status: 'STATUS', createdAt: 'CREATED_AT' },
  filter: (f) => listify(f, ['status', 'profession']),
  update: {
    document: UpdatePhysician,
    field: 'updatePhysician',
    payload: 'physician',
    input: ({ id, data }) => physicianEditInput(id, data),
  },
};

export const physiciansView: ResourceProps = {
  name: 'physicians',
  icon: MedicalServicesIcon,
  list: PhysiciansList,
  show: PhysicianShow,
  edit: PhysicianEdit,
  recordRepresentation: 'nameZh',
};
