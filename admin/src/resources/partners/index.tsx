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
import HandshakeIcon from '@mui/icons-material/Handshake';
import type { ResourceDef } from '../../providers/data/resource-def.js';
import { listify } from '../../providers/data/relay.js';
import { EnumField, RecordName, enumChoices } from '../../common/fields.js';
import { AuditLink } from '../../common/AuditLink.js';
import { EmptyState } from '../../common/EmptyState.js';
import { enumsEn } from '../../i18n/enums.en.js';
import { PartnerList, PartnerMany, PartnerOne, UpdatePartner } from './queries.js';
import { partnerEditInput } from '../../common/party-edit-input.js';
import { PartnerEdit } from '../../common/PartyEdits.js';
import { GuardedEditButton } from '../../common/LockedEdit.js';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput
    key="kind"
    source="kind"
    choices={enumChoices('PartnerKind', Object.keys(enumsEn.PartnerKind))}
  />,
  <SelectInput
    key="status"
    source="status"
    choices={enumChoices('PartnerStatus', Object.keys(enumsEn.PartnerStatus))}
  />,
];

function PartnersList() {
  return (
    <List filters={filters} sort={{ field: 'code', order: 'ASC' }} empty={<EmptyState />}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="code" />
        <TextField source="nameZh" />
        <EnumField source="kind" enumName="PartnerKind" />
        <TextField source="unifiedSocialCreditCode" sortable={false} />
        <EnumField source="status" enumName="PartnerStatus" chip sortable={false} />
      </Datagrid>
    </List>
  );
}

function PartnerShow() {
  return (
    <Show
      title={<RecordName />}
      actions={
        <TopToolbar>
          <GuardedEditButton capability="manageParties" role="PLATFORM_ADMIN" />
          <AuditLink />
        </TopToolbar>
      }
    >
      <SimpleShowLayout>
        <TextField source="code" />
        <TextField source="nameZh" />
        <TextField source="nameEn" />
        <EnumField source="kind" enumName="PartnerKind" />
        <TextField source="unifiedSocialCreditCode" />
        <EnumField source="status" enumName="PartnerStatus" chip />
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

export const partnersDef: ResourceDef = {
  list: PartnerList,
  listField: 'partners',
  one: PartnerOne,
  oneField: 'partner',
  many: PartnerMany,
  orderFields: { code: 'CODE', nameZh: 'NAME_ZH', kind: 'KIND', createdAt: 'CREATED_AT' },
  filter: (f) => listify(f, ['kind', 'status']),
  update: {
    document: UpdatePartner,
    field: 'updatePartner',
    payload: 'partner',
    input: ({ id, data }) => partnerEditInput(id, data),
  },
};

export const partnersView: ResourceProps = {
  name: 'partners',
  icon: HandshakeIcon,
  list: PartnersList,
  show: PartnerShow,
  edit: PartnerEdit,
  recordRepresentation: 'nameZh',
};
