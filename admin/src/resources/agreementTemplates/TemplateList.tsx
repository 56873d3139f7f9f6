import {
  CreateButton,
  Datagrid,
  FilterButton,
  List,
  NumberField,
  SelectInput,
  TextField,
  TextInput,
  TopToolbar,
  usePermissions,
} from 'react-admin';
import { DateField } from '../../common/DateField.js';
import { LocalText } from '../../common/LocalText.js';
import { EnumField, enumChoices } from '../../common/fields.js';
import { enumFilter } from '../../common/filters.js';
import { templatesEn } from '../../i18n/templates.en.js';
import { canDo } from '../../providers/auth-provider.js';

const filters = [
  <TextInput key="code" source="code" alwaysOn />,
  <SelectInput
    key="status"
    source="status"
    choices={enumChoices('TemplateStatus', Object.keys(templatesEn.enums.TemplateStatus))}
    alwaysOn
  />,
  enumFilter('kind', 'AgreementKind'),
];

function Actions() {
  const { permissions } = usePermissions();
  return (
    <TopToolbar>
      <FilterButton />
      {canDo(permissions, 'manageAgreements') ? <CreateButton /> : null}
    </TopToolbar>
  );
}

export function TemplateList() {
  return (
    <List filters={filters} actions={<Actions />} sort={{ field: 'code', order: 'ASC' }}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="code" />
        <NumberField source="versionNo" />
        <EnumField source="kind" enumName="AgreementKind" />
        <EnumField source="status" enumName="TemplateStatus" chip />
        {/* In the user's language: an English screen listed the Chinese titles. */}
        <LocalText base="title" label="resources.agreementTemplates.fields.title" />
        <DateField source="effectiveFrom" />
        <DateField source="publishedAt" showTime />
      </Datagrid>
    </List>
  );
}
