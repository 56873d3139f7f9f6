import { useState } from 'react';
import {
  Alert,
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControlLabel,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import { useLocale, usePermissions, useRefresh, useTranslate } from 'react-admin';
import { FilePickButton } from '../../common/FilePickButton.js';
import { csrfToken } from '../../providers/session.js';
import { canDo, type Permissions } from '../../providers/auth-provider.js';
import { DELIMITED_ACCEPT, isDelimitedFile } from '../../common/delimited-files.js';

/** The hub's batch upload route (server/uploads/knowledge-import-route.ts), beside /graphql. */
const UPLOAD_PATH = '/knowledge/import';

type LineError = { line: number; field: string | null; message: string; messageZh: string };
type Report = {
  imported: boolean;
  read: number;
  created: number;
  updated: number;
  unchanged: number;
  errorsTruncated: boolean;
  errors: LineError[];
};

/**
 * 导入批次: a knowledge batch file (NDJSON or CSV) sent whole to POST /knowledge/import; the
 * server validates every line and imports all of it or nothing, so the dialog shows either the
 * counts or every refused line with its field. Platform admins import into the national library;
 * agency staff into their own insurer's.
 */
export function ImportKnowledgeBatch() {
  const translate = useTranslate();
  const locale = useLocale();
  const refresh = useRefresh();
  const { permissions } = usePermissions<Permissions>();
  const [open, setOpen] = useState(false);
  const [file, setFile] = useState<File | null>(null);
  const [national, setNational] = useState(true);
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<Report | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  if (!canDo(permissions, 'manageMonitoring')) return null;
  const platform = permissions?.role === 'PLATFORM_ADMIN';

  const run = async () => {
    if (!file) return;
    setBusy(true);
    setReport(null);
    setFailure(null);
    try {
      const format = isDelimitedFile(file.name) ? 'csv' : 'ndjson';
      const query = new URLSearchParams({ format, ...(platform && national ? { national: 'true' } : {}) });
      // The file goes as the request body (a national batch is beyond the GraphQL body limit).
      const token = csrfToken();
      const response = await fetch(`${UPLOAD_PATH}?${query}`, {
        method: 'POST',
        credentials: 'same-origin',
        headers: {
          'content-type': format === 'csv' ? 'text/csv' : 'application/x-ndjson',
          ...(token ? { 'X-CSRF-Token': token } : {}),
        },
        body: file,
      });
      const body = (await response.json()) as Report & { error?: string; errorZh?: string };
      if (response.status === 200 || response.status === 422) {
        setReport(body);
        if (body.imported) refresh();
      } else setFailure((locale === 'en' ? body.error : body.errorZh) ?? response.statusText);
    } catch (e) {
      setFailure(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Button
        size="small"
        data-capability="manageMonitoring"
        startIcon={<UploadFileIcon />}
        onClick={() => {
          // The file input is gone with the closed dialog: so are its file, report and refusal.
          setFile(null);
          setReport(null);
          setFailure(null);
          setOpen(true);
        }}
        data-action="importKnowledgeBatch"
      >
        {translate('hub.monitoring.importBatch')}
      </Button>
      <Dialog
        open={open}
        onClose={() => setOpen(false)}
        fullWidth
        maxWidth="md"
        aria-label={translate('hub.monitoring.importTitle')}
      >
        <DialogTitle>{translate('hub.monitoring.importTitle')}</DialogTitle>
        <DialogContent>
          <Typography variant="body2" sx={{ mb: 2 }}>
            {translate('hub.monitoring.importHelp')}
          </Typography>
          <FilePickButton
            name="knowledgeFile"
            size="small"
            accept={`.ndjson,.jsonl,.json,application/x-ndjson,${DELIMITED_ACCEPT}`}
            onPick={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setReport(null);
            }}
          >
            {translate('hub.monitoring.importFile')}
          </FilePickButton>
          <Typography component="span" variant="body2" sx={{ ml: 2 }} data-testid="knowledge-file-name">
            {file?.name ?? ''}
          </Typography>
          {platform ? (
            <FormControlLabel
              sx={{ display: 'block', mt: 1 }}
              control={<Checkbox checked={national} onChange={(e) => setNational(e.target.checked)} />}
              label={translate('hub.monitoring.importNational')}
            />
          ) : null}
          {failure ? (
            <Alert severity="error" sx={{ mt: 2 }} role="alert">
              {failure}
            </Alert>
          ) : null}
          {report?.imported ? (
            <Alert severity="success" sx={{ mt: 2 }} data-testid="knowledge-import-result">
              {translate('hub.monitoring.importDone', report)}
            </Alert>
          ) : null}
          {report && !report.imported ? <LineErrors report={report} locale={locale} /> : null}
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)}>{translate('hub.actions.cancel')}</Button>
          <Button variant="contained" disabled={!file || busy} onClick={run}>
            {translate('hub.monitoring.importRun')}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
}

function LineErrors({ report, locale }: { report: Report; locale: string }) {
  const translate = useTranslate();
  return (
    <>
      <Alert severity="error" sx={{ mt: 2 }} data-testid="knowledge-import-result">
        {translate('hub.monitoring.importRefused', { count: report.errors.length })}
        {report.errorsTruncated ? ` ${translate('hub.monitoring.importTruncated')}` : ''}
      </Alert>
      <Table size="small" data-testid="knowledge-import-errors">
        <TableHead>
          <TableRow>
            <TableCell>{translate('hub.monitoring.errorLine')}</TableCell>
            <TableCell>{translate('hub.monitoring.errorField')}</TableCell>
            <TableCell>{translate('hub.monitoring.errorMessage')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {report.errors.map((e, i) => (
            <TableRow key={i}>
              <TableCell>{e.line}</TableCell>
              <TableCell>{e.field ?? '—'}</TableCell>
              <TableCell>{locale === 'en' ? e.message : e.messageZh}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </>
  );
}
