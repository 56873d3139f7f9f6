import { Alert, Box } from '@mui/material';
import { useLocale, useTranslate } from 'react-admin';
import { ImportReport } from './ImportReport.js';
import type { UploadOutcome } from './upload-claims.js';

/** What the endpoint answered: success (or success with refused lines), or why nothing was read. */
export function ImportOutcome({ outcome }: { outcome: UploadOutcome }) {
  const translate = useTranslate();
  const locale = useLocale();
  if (!outcome.ok)
    return (
      <Box sx={{ mt: 2 }}>
        <Alert severity="error" data-testid="claims-import-failed">
          {translate('hub.claimsImport.failed')}: {locale === 'en' ? outcome.error : outcome.errorZh}
        </Alert>
        {outcome.report && <ImportReport report={outcome.report} />}
      </Box>
    );
  const clean = outcome.report.refused === 0;
  return (
    <Box sx={{ mt: 2 }}>
      <Alert severity={clean ? 'success' : 'warning'} data-testid="claims-import-done">
        {translate(clean ? 'hub.claimsImport.done' : 'hub.claimsImport.doneWithErrors')}
      </Alert>
      <ImportReport report={outcome.report} />
    </Box>
  );
}
