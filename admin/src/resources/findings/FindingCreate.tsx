import { useMemo } from 'react';
import {
  ArrayInput,
  AutocompleteInput,
  Create,
  CreateButton,
  ReferenceInput,
  SelectInput,
  SimpleForm,
  SimpleFormIterator,
  TextInput,
  required,
  useLocale,
  usePermissions,
  useRecordContext,
} from 'react-admin';
import { Grid } from '@mui/material';
import { enumChoices } from '../../common/fields.js';
import { useRead } from '../../common/useRead.js';
import { parseYuanToFen } from '../../common/money.js';
import { enumsEn } from '../../i18n/enums.en.js';
import { canDo } from '../../providers/auth-provider.js';
import { ViolationTypeChoices } from './mutations.js';
import { localDay } from '../../common/format.js';
import { DayInput } from '../../common/DayInput.js';

type Choices = {
  violationTypes: { edges: { node: { id: string; code: string; nameZh: string; nameEn: string } }[] };
};

const today = () => localDay();
const amount = (v: unknown) => {
  if (v === undefined || v === null || v === '') return undefined;
  const fen = parseYuanToFen(v as string);
  if (fen === null) return 'hub.finding.invalidAmount';
  return fen < 0 ? 'hub.errors.negativeAmount' : undefined;
};

function ViolationTypeInput() {
  const locale = useLocale();
  const { data, loading } = useRead<Choices>(ViolationTypeChoices, {});
  const choices = useMemo(
    () =>
      (data?.violationTypes.edges ?? []).map(({ node }) => ({
        id: node.id,
        name: `${node.code} ${locale === 'en' ? node.nameEn : node.nameZh}`,
      })),
    [data, locale],
  );
  return (
    <AutocompleteInput
      source="violationTypeId"
      label="resources.findings.fields.violationType"
      choices={choices}
      isPending={loading}
      validate={required()}
      fullWidth
    />
  );
}

/**
 * Records a finding (recordFinding) on a service agreement: agency staff on their insurer's
 * agreements, an entrusted partner as PARTNER_INVESTIGATION. Opened from the findings list or
 * an agreement's show page (which fills the agreement in).
 */
export function FindingCreate() {
  const { permissions } = usePermissions<{ role: string }>();
  const partner = permissions?.role === 'PARTNER';
  return (
    <Create redirect="show" mutationMode="pessimistic">
      <SimpleForm
        defaultValues={{
          foundOn: today(),
          source: partner ? 'PARTNER_INVESTIGATION' : 'ON_SITE_INSPECTION',
          evidence: [],
        }}
      >
        <Grid container spacing={2} sx={{ width: '100%' }}>
          <Grid size={{ xs: 12, md: 6 }}>
            <ReferenceInput source="agreementId" reference="agreements" filter={{ family: 'SERVICE' }}>
              <AutocompleteInput
                label="resources.findings.fields.agreement"
                optionText="number"
                filterToQuery={(q) => ({ q })}
                validate={required()}
                fullWidth
              />
            </ReferenceInput>
          </Grid>
          <Grid size={{ xs: 12, md: 6 }}>
            <ViolationTypeInput />
          </Grid>
          <Grid size={{ xs: 12, md: 4 }}>
            <SelectInput
              source="source"
              choices={enumChoices('FindingSource', Object.keys(enumsEn.FindingSource))}
              validate={required()}
              fullWidth
            />
          </Grid>
          <Grid size={{ xs: 12, md: 4 }}>
            <TextInput
              source="violatingAmountYuan"
              label="hub.finding.amountYuan"
              validate={[required(), amount]}
              fullWidth
            />
          </Grid>
          <Grid size={{ xs: 12, md: 4 }}>
            <TextInput source="number" fullWidth />
          </Grid>
          <Grid size={{ xs: 12, md: 4 }}>
            <DayInput source="foundOn" validate={required()} fullWidth />
          </Grid>
          <Grid size={{ xs: 12, md: 4 }}>
            <DayInput source="occurredFrom" fullWidth />
          </Grid>
          <Grid size={{ xs: 12, md: 4 }}>
            <DayInput source="occurredTo" fullWidth />
          </Grid>
        </Grid>
        <TextInput source="description" multiline fullWidth validate={required()} />
        <ArrayInput source="evidence" label="hub.finding.evidence">
          <SimpleFormIterator inline>
            <TextInput source="kind" label="hub.finding.evidenceKind" validate={required()} />
            <TextInput source="ref" label="hub.finding.evidenceRef" validate={required()} />
            <TextInput source="note" label="hub.finding.evidenceNote" />
          </SimpleFormIterator>
        </ArrayInput>
      </SimpleForm>
    </Create>
  );
}

/** "Record finding" on an agreement's show page (service agreements, users with `recordFindings`). */
export function RecordFindingButton() {
  const record = useRecordContext<{ id: string; family: string; status: string }>();
  const { permissions } = usePermissions();
  if (!record || record.family !== 'SERVICE' || record.status === 'DRAFT') return null;
  if (!canDo(permissions, 'recordFindings')) return null;
  return (
    <CreateButton
      resource="findings"
      label="hub.actions.recordFinding"
      state={{ record: { agreementId: record.id } }}
    />
  );
}
