import {
  ArrayInput,
  Create,
  FormDataConsumer,
  SelectInput,
  SimpleForm,
  SimpleFormIterator,
  TextInput,
  regex,
  required,
  usePermissions,
  useTranslate,
} from 'react-admin';
import { Typography } from '@mui/material';
import { enumChoices } from '../../common/fields.js';
import { enumsEn } from '../../i18n/enums.en.js';
import { PartyInput } from '../agreements/AgreementCreate.js';

const choices = (name: keyof typeof enumsEn) => enumChoices(name, Object.keys(enumsEn[name]));
const m = 'resources.designationApplications.apply.';

/**
 * 录入定点申请: the agency enters a paper application for designation (applyForDesignation).
 * A new institution has no account, so this is how a provider comes to exist: evaluated and
 * designated on the application's page, it becomes a provider with a draft service agreement.
 * A platform admin names the insurer applied to; agency staff apply to their own.
 */
export function ApplicationCreate() {
  const translate = useTranslate();
  const { permissions } = usePermissions<{ role?: string }>();
  return (
    <Create title={`${m}title`} redirect="show">
      <SimpleForm defaultValues={{ kind: 'HOSPITAL', ownership: 'PUBLIC', materials: [] }}>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2, maxWidth: 720 }}>
          {translate(`${m}help`)}
        </Typography>
        {permissions?.role === 'PLATFORM_ADMIN' || permissions?.role === 'PROVIDER_STAFF' ? (
          <PartyInput source="insurerId" reference="insurers" validate={required()} />
        ) : null}
        <TextInput source="applicantNameZh" validate={required()} fullWidth />
        <TextInput source="applicantNameEn" validate={required()} fullWidth />
        <SelectInput source="kind" choices={choices('ProviderKind')} validate={required()} />
        <FormDataConsumer>
          {({ formData }) =>
            formData.kind === 'RETAIL_PHARMACY' ? (
              <SelectInput source="pharmacyClass" choices={choices('PharmacyClass')} emptyText="hub.none" />
            ) : (
              <SelectInput source="hospitalGrade" choices={choices('HospitalGrade')} emptyText="hub.none" />
            )
          }
        </FormDataConsumer>
        <SelectInput source="ownership" choices={choices('Ownership')} validate={required()} />
        <TextInput source="licenceScope" helperText={`${m}licenceScopeHelp`} validate={required()} fullWidth />
        <TextInput source="regionCode" validate={[required(), regex(/^\s*\d{6}\s*$/, `${m}badRegion`)]} />
        <TextInput source="address" fullWidth />
        <ArrayInput source="materials">
          <SimpleFormIterator inline>
            <TextInput source="title" label="resources.designationApplications.fields.materialTitle" validate={required()} />
            <TextInput source="ref" label="resources.designationApplications.fields.materialRef" validate={required()} />
          </SimpleFormIterator>
        </ArrayInput>
      </SimpleForm>
    </Create>
  );
}
