import { useMemo } from 'react';
import {
  SelectArrayInput,
  SelectInput,
  SimpleForm,
  TextInput,
  required,
  useRecordContext,
} from 'react-admin';
import { Grid } from '@mui/material';
import { LockedEdit, SaveOnlyToolbar } from '../../common/LockedEdit.js';
import { enumChoices } from '../../common/fields.js';
import { enumsEn } from '../../i18n/enums.en.js';
import { draftEditValues, familyOf } from './draft-input.js';
import { PartyInput } from '../../common/PartyInput.js';
import { TermsInputs } from './TermsInputs.js';
import { TemplateInput } from './TemplateInput.js';
import { DayInput } from '../../common/DayInput.js';

const kindsOf = (family: unknown) =>
  enumChoices(
    'AgreementKind',
    Object.keys(enumsEn.AgreementKind).filter((k) => familyOf(k) === family),
  );

/** The draft's form: the record (nested parties, version 1's terms) mapped onto the form's inputs. */
function DraftForm() {
  const record = useRecordContext();
  // Keyed by content: a fresh object on every render would make the form reset itself.
  const values = useMemo(() => (record ? draftEditValues(record) : null), [record]);
  if (!values) return null;
  return (
    <SimpleForm record={values} toolbar={<SaveOnlyToolbar />}>
      <Grid container spacing={2} sx={{ width: '100%' }}>
        <Grid size={{ xs: 12, md: 6 }}>
          <SelectInput source="kind" choices={kindsOf(values.family)} validate={required()} fullWidth />
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <TextInput source="number" disabled fullWidth />
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          {values.family === 'PARTNER' ? (
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
          )}
        </Grid>
        <Grid size={{ xs: 12, md: 6 }} />
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
    </SimpleForm>
  );
}

/**
 * Edits a DRAFT (updateDraftAgreement) with optimistic locking. Signed agreements change only
 * through the Amend action; the show page offers Edit for drafts only, and the server refuses
 * anything else with ILLEGAL_TRANSITION.
 */
export function AgreementEdit() {
  return (
    <LockedEdit capability="manageAgreements" edit>
      <DraftForm />
    </LockedEdit>
  );
}
