import {
  Create,
  FormDataConsumer,
  SelectArrayInput,
  SelectInput,
  SimpleForm,
  TextInput,
  required,
  usePermissions,
} from 'react-admin';
import { Grid } from '@mui/material';
import { enumChoices } from '../../common/fields.js';
import { enumsEn } from '../../i18n/enums.en.js';
import { familyOf } from './draft-input.js';
import { TermsInputs } from './TermsInputs.js';
import { TemplateInput } from './TemplateInput.js';
import { PartyInput } from '../../common/PartyInput.js';
import { localDay } from '../../common/format.js';
import { DayInput } from '../../common/DayInput.js';

const kinds = enumChoices('AgreementKind', Object.keys(enumsEn.AgreementKind));

// Defaults on the agency's calendar (a draft started at 07:09 in Beijing starts that day).
const today = () => localDay();
const inYears = (n: number) => {
  const [y, m, d] = localDay().split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y + n, m - 1, d - 1)).toISOString().slice(0, 10);
};

/** Drafts an agreement (version 1 with its clauses and indicators); signing is a later action. */
export function AgreementCreate() {
  const { permissions } = usePermissions<{ role: string }>();
  return (
    <Create redirect="show" mutationMode="pessimistic">
      <SimpleForm
        defaultValues={{
          kind: 'MEDICAL_INSTITUTION_SERVICE',
          startsOn: today(),
          endsOn: inYears(1),
          template: '',
          templateCode: '',
          templateVersion: '',
          clauses: [],
          indicators: [],
        }}
      >
        <Grid container spacing={2} sx={{ width: '100%' }}>
          <Grid size={{ xs: 12, md: 6 }}>
            <SelectInput source="kind" choices={kinds} validate={required()} fullWidth />
          </Grid>
          <Grid size={{ xs: 12, md: 6 }}>
            <TextInput source="number" fullWidth />
          </Grid>
          {permissions?.role === 'PLATFORM_ADMIN' ? (
            <Grid size={{ xs: 12, md: 6 }}>
              <PartyInput source="insurerId" reference="insurers" validate={required()} />
            </Grid>
          ) : null}
          <Grid size={{ xs: 12, md: 6 }}>
            <FormDataConsumer>
              {({ formData }) =>
                familyOf(formData.kind) === 'PARTNER' ? (
                  <>
                    <PartyInput source="partnerId" reference="partners" validate={required()} />
                    <SelectArrayInput
                      source="entrustedWork"
                      choices={enumChoices('EntrustedWork', Object.keys(enumsEn.EntrustedWork))}
                      fullWidth
                    />
                  </>
                ) : (
                  <PartyInput source="providerId" reference="providers" validate={required()} />
                )
              }
            </FormDataConsumer>
          </Grid>
          <Grid size={{ xs: 12, md: 3 }}>
            <DayInput source="startsOn" validate={required()} fullWidth />
          </Grid>
          <Grid size={{ xs: 12, md: 3 }}>
            <DayInput source="endsOn" validate={required()} fullWidth />
          </Grid>
          <Grid size={{ xs: 12, md: 6 }}>
            <TemplateInput />
          </Grid>
        </Grid>
        <TermsInputs />
        <TextInput source="reason" label="hub.actions.reason" multiline fullWidth />
      </SimpleForm>
    </Create>
  );
}
