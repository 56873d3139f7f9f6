import {
  ArrayInput,
  Create,
  FormDataConsumer,
  Loading,
  SaveButton,
  SelectInput,
  SimpleForm,
  SimpleFormIterator,
  TextInput,
  Toolbar,
  regex,
  required,
  useGetOne,
  useLocale,
  usePermissions,
  useTranslate,
} from 'react-admin';
import { Alert, Typography } from '@mui/material';
import { enumChoices } from '../../common/fields.js';
import { encodeGlobalId } from '../../common/global-id.js';
import { enumsEn } from '../../i18n/enums.en.js';
import { PartyInput } from '../../common/PartyInput.js';
import type { Permissions } from '../../providers/auth-provider.js';
import { ownProviderDefaults } from './application-input.js';

const choices = (name: keyof typeof enumsEn) => enumChoices(name, Object.keys(enumsEn[name]));
const m = 'resources.designationApplications.apply.';
const AGENCY_DEFAULTS = { kind: 'HOSPITAL', ownership: 'PUBLIC', materials: [] };

/**
 * 录入定点申请 (applyForDesignation). Agency staff enter a paper application: a new institution
 * has no account, so this is how a provider comes to exist (evaluated and designated on the
 * application's page, it becomes a provider with a draft service agreement). A platform admin
 * names the insurer applied to; agency staff apply to their own. A provider's staff apply as
 * their own institution: the form sent no provider, so the hub filed it under their provider
 * while the form let them type any name; now it starts from their provider, names locked.
 */
export function ApplicationCreate() {
  const { permissions } = usePermissions<Permissions>();
  const staffOf = permissions?.role === 'PROVIDER_STAFF' ? permissions.providerId : null;
  const own = useGetOne(
    'providers',
    { id: staffOf ? encodeGlobalId('Provider', staffOf) : '' },
    { enabled: !!staffOf },
  );
  if (!permissions || (staffOf && own.isPending)) return <Loading />;
  const defaults = staffOf && own.data ? ownProviderDefaults(own.data) : AGENCY_DEFAULTS;
  return (
    <Create title={`${m}title`} redirect="show">
      <ApplicationForm defaults={defaults} role={permissions.role} ownName={staffOf ? own.data : undefined} />
    </Create>
  );
}

function ApplicationForm({
  defaults,
  role,
  ownName,
}: {
  defaults: Record<string, unknown>;
  role: string;
  ownName?: { nameZh: string; nameEn: string };
}) {
  const translate = useTranslate();
  const locale = useLocale();
  const locked = role === 'PROVIDER_STAFF';
  return (
    // Prefilled from the provider, the form may be right as it stands: saving must not wait for an edit.
    <SimpleForm
      defaultValues={defaults}
      toolbar={locked ? <Toolbar><SaveButton alwaysEnable /></Toolbar> : undefined}
    >
      {locked ? (
        <Alert severity="info" sx={{ mb: 2, maxWidth: 720 }}>
          {translate(`${m}ownHelp`, { name: (locale === 'en' ? ownName?.nameEn : ownName?.nameZh) ?? '' })}
        </Alert>
      ) : (
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2, maxWidth: 720 }}>
          {translate(`${m}help`)}
        </Typography>
      )}
      {role === 'PLATFORM_ADMIN' || locked ? (
        <PartyInput source="insurerId" reference="insurers" validate={required()} />
      ) : null}
      <TextInput source="applicantNameZh" validate={required()} readOnly={locked} fullWidth />
      <TextInput source="applicantNameEn" validate={required()} readOnly={locked} fullWidth />
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
  );
}
