import { useState, type ChangeEvent } from 'react';
import { Alert, Box, Button, Card, CardContent, LinearProgress, MenuItem, Stack, TextField, Typography } from '@mui/material';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import { Link, Title, useGetList, useLocale, usePermissions, useTranslate } from 'react-admin';
import { FilePickButton } from '../../common/FilePickButton.js';
import { useLocalName } from '../../common/fields.js';
import { ImportOutcome } from './ImportOutcome.js';
import { uploadClaimsFile, type UploadOutcome } from './upload-claims.js';
import { DELIMITED_ACCEPT } from '../../common/delimited-files.js';

type Phase = { kind: 'idle' } | { kind: 'uploading'; fraction: number } | { kind: 'importing' } | { kind: 'done'; outcome: UploadOutcome } | { kind: 'network' };

/**
 * Import of a settled-claims file (NDJSON or CSV) through POST /claims/import: the file is
 * sent as it is, with upload progress, then the report is shown (counts and refused lines).
 * A platform admin acts for no insurer of its own and picks one first.
 */
export function ClaimImport() {
  const translate = useTranslate();
  const locale = useLocale();
  const t = (key: string, options?: object) => translate(`hub.claimsImport.${key}`, options);
  const { permissions } = usePermissions<{ role?: string }>();
  const platform = permissions?.role === 'PLATFORM_ADMIN';
  const name = useLocalName();
  const insurers = useGetList('insurers', { pagination: { page: 1, perPage: 100 }, sort: { field: 'id', order: 'ASC' } }, { enabled: platform });
  const [insurerId, setInsurerId] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const busy = phase.kind === 'uploading' || phase.kind === 'importing';

  const pick = (e: ChangeEvent<HTMLInputElement>) => {
    setFile(e.target.files?.[0] ?? null);
    setPhase({ kind: 'idle' });
  };
  const upload = async () => {
    if (!file) return;
    setPhase({ kind: 'uploading', fraction: 0 });
    try {
      const outcome = await uploadClaimsFile(file, {
        insurerId: platform ? insurerId : null,
        onProgress: (fraction) => setPhase({ kind: 'uploading', fraction }),
        onUploaded: () => setPhase({ kind: 'importing' }),
      });
      setPhase({ kind: 'done', outcome });
    } catch {
      setPhase({ kind: 'network' });
    }
  };

  return (
    <Card sx={{ mt: 2 }}>
      <Title title={t('title')} />
      <CardContent>
        <Typography variant="h6">{t('title')}</Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2, maxWidth: 820 }}>
          {t('intro')}
        </Typography>
        <Stack direction="row" spacing={2} alignItems="center">
          {platform && (
            <TextField select size="small" label={t('insurer')} value={insurerId} onChange={(e) => setInsurerId(e.target.value)} sx={{ minWidth: 240 }}>
              {(insurers.data ?? []).map((i) => (
                <MenuItem key={i.id} value={String(i.id)}>
                  {name(i)}
                </MenuItem>
              ))}
            </TextField>
          )}
          <FilePickButton name="claimsFile" accept={`.ndjson,.jsonl,.json,application/x-ndjson,${DELIMITED_ACCEPT}`} disabled={busy} onPick={pick}>
            {t('chooseFile')}
          </FilePickButton>
          <Typography variant="body2" data-testid="claims-import-file">
            {file ? `${file.name} (${file.size.toLocaleString(locale)} B)` : t('noFile')}
          </Typography>
          <Button variant="contained" startIcon={<UploadFileIcon />} disabled={!file || busy || (platform && !insurerId)} onClick={() => void upload()}>
            {t('upload')}
          </Button>
        </Stack>
        {phase.kind === 'uploading' && (
          <Box sx={{ mt: 2 }}>
            <LinearProgress variant="determinate" value={phase.fraction * 100} />
            <Typography variant="caption">{t('uploading', { percent: Math.round(phase.fraction * 100) })}</Typography>
          </Box>
        )}
        {phase.kind === 'importing' && (
          <Box sx={{ mt: 2 }}>
            <LinearProgress />
            <Typography variant="caption">{t('importing')}</Typography>
          </Box>
        )}
        {phase.kind === 'network' && (
          <Alert severity="error" sx={{ mt: 2 }}>
            {t('network')}
          </Alert>
        )}
        {phase.kind === 'done' && <ImportOutcome outcome={phase.outcome} />}
        <Box sx={{ mt: 3 }}>
          <Link to="/claims">{t('backToList')}</Link>
        </Box>
      </CardContent>
    </Card>
  );
}
