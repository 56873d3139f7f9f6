import { useRef, useState } from 'react';
import { useFormContext } from 'react-hook-form';
import { FormHelperText, Stack, Typography } from '@mui/material';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import {
  RecordContextProvider,
  TextInput,
  regex,
  required,
  useGetOne,
  usePermissions,
  useRedirect,
  useTranslate,
} from 'react-admin';
import { FilePickButton } from '../../common/FilePickButton.js';
import { ActionButton } from '../../common/ActionButton.js';
import { PartyInput } from '../../common/PartyInput.js';
import { ImportMonthlyReportCsv } from './mutations.js';
import { decodeFileText } from '../../../../schema/file-text.js';
import { encodeGlobalId } from '../../common/global-id.js';
import type { Permissions } from '../../providers/auth-provider.js';
import { DELIMITED_ACCEPT, isDelimitedFile } from '../../common/delimited-files.js';

/**
 * A CSV of at most 1 MB, read as text into the form's `csv` (the API takes the file's text).
 * Decoded by the hub's shared file reader, not `file.text()` (always UTF-8): Excel's "CSV (逗号
 * 分隔)" on a Chinese Windows is GBK, and its drug names arrived as U+FFFD.
 */
function CsvFileInput() {
  const translate = useTranslate();
  const { setValue, register, formState } = useFormContext();
  const [name, setName] = useState<string | null>(null);
  // A picture or a spreadsheet picked by mistake is refused here, in words, before it is sent.
  const wrongFile = useRef(false);
  register('csv', {
    validate: (v) =>
      wrongFile.current ? 'resources.monthlyReports.file.notCsv' : v ? true : 'ra.validation.required',
  });
  const error = formState.errors.csv?.message;
  const pick = async (event: React.ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    setName(file.name);
    const decoded = decodeFileText(new Uint8Array(await file.arrayBuffer()));
    wrongFile.current = !isDelimitedFile(file.name) || !('text' in decoded);
    setValue('csv', 'text' in decoded && !wrongFile.current ? decoded.text : '', { shouldValidate: true, shouldDirty: true });
  };
  return (
    <Stack spacing={0.5} sx={{ mb: 2 }}>
      <Stack direction="row" spacing={2} alignItems="center">
        <FilePickButton name="csvFile" accept={DELIMITED_ACCEPT} size="small" startIcon={<UploadFileIcon />} onPick={(e) => void pick(e)}>
          {translate('resources.monthlyReports.file.choose')}
        </FilePickButton>
        <Typography variant="body2" data-testid="report-file-name">
          {name ?? translate('resources.monthlyReports.file.none')}
        </Typography>
      </Stack>
      <FormHelperText error={Boolean(error)} data-testid="report-file-help">
        {error
          ? translate(String(error), { _: String(error) })
          : translate('resources.monthlyReports.file.help')}
      </FormHelperText>
    </Stack>
  );
}

/**
 * 报送月报: a pharmacy or clinic files its month's drug purchases as a CSV file (agency staff
 * entering a paper report name the provider). The same file twice is one report; the hub's
 * refusals (a bad row, a month not yet ended) stay in the dialog in the user's language.
 */
export function FileReportButton() {
  const { permissions } = usePermissions<Permissions>();
  const redirect = useRedirect();
  const forProvider = permissions?.role === 'PROVIDER_STAFF';
  // A hospital's staff were offered the report the hub then refused (a HOSPITAL has no
  // monthly reporting duty): the button waits for their provider and shows where it reports.
  const own = permissions?.providerId ? encodeGlobalId('Provider', permissions.providerId) : '';
  const { data: provider } = useGetOne<{ id: string; monthlyReporting: boolean }>(
    'providers',
    { id: own },
    { enabled: forProvider && own !== '' },
  );
  if (forProvider && !provider?.monthlyReporting) return null;
  return (
    <RecordContextProvider value={{ id: 'new-monthly-report' }}>
      <ActionButton
        label="resources.monthlyReports.file.action"
        capability="fileMonthlyReports"
        applies={() => true}
        mutation={ImportMonthlyReportCsv}
        recordName={() => ''}
        icon={<UploadFileIcon />}
        input={(v) => ({
          period: String(v.period ?? '').trim(),
          csv: String(v.csv ?? ''),
          providerId: forProvider ? null : v.providerId || null,
        })}
        onDone={(data) => {
          const id = (data.importMonthlyReportCsv as { report?: { id?: string } } | undefined)?.report?.id;
          if (id) redirect('show', 'monthlyReports', id);
        }}
      >
        {forProvider ? null : (
          <PartyInput
            source="providerId"
            reference="providers"
            filter={{ monthlyReporting: true }}
            validate={required()}
          />
        )}
        <TextInput
          source="period"
          label="resources.monthlyReports.fields.period"
          helperText="resources.monthlyReports.file.periodHelp"
          validate={[
            required(),
            regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'resources.monthlyReports.file.periodFormat'),
          ]}
          fullWidth
        />
        <CsvFileInput />
      </ActionButton>
    </RecordContextProvider>
  );
}
