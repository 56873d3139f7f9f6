import { Alert, Box, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useLocale, useTranslate } from 'react-admin';
import type { ClaimsImportReport } from './upload-claims.js';

type Report = Omit<ClaimsImportReport, 'format'>;

/** The counts of one upload and its refused lines (line, field, message in the console's language). */
export function ImportReport({ report }: { report: Report }) {
  const translate = useTranslate();
  const locale = useLocale();
  const t = (key: string, options?: object) => translate(`hub.claimsImport.${key}`, options);
  const counts: [string, number][] = [
    ['read', report.claimsRead],
    ['imported', report.imported],
    ['unchanged', report.unchanged],
    ['refused', report.refused],
  ];
  return (
    <Box data-testid="claims-import-report">
      <Stack direction="row" spacing={4} sx={{ my: 2 }}>
        {counts.map(([key, value]) => (
          <Box key={key} data-testid={`claims-import-${key}`}>
            <Typography variant="caption" color="text.secondary">
              {t(key)}
            </Typography>
            <Typography variant="h5">{value.toLocaleString(locale)}</Typography>
          </Box>
        ))}
      </Stack>
      {report.errors.length > 0 && (
        <>
          <Typography variant="subtitle1" sx={{ mt: 2 }}>
            {t('errorsTitle')}
          </Typography>
          <Table size="small" data-testid="claims-import-errors">
            <TableHead>
              <TableRow>
                <TableCell>{t('line')}</TableCell>
                <TableCell>{t('field')}</TableCell>
                <TableCell>{t('code')}</TableCell>
                <TableCell>{t('message')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {report.errors.map((e, i) => (
                <TableRow key={`${e.line}-${e.field ?? ''}-${i}`}>
                  <TableCell>{e.line}</TableCell>
                  <TableCell sx={{ fontFamily: 'monospace' }}>{e.field ?? '—'}</TableCell>
                  <TableCell>{translate(`hub.claimsImport.codes.${e.code}`, { _: e.code })}</TableCell>
                  <TableCell>{locale === 'en' ? e.messageEn : e.messageZh}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          {report.errorsTruncated && (
            <Alert severity="info" sx={{ mt: 1 }}>
              {t('errorsTruncated', { count: report.errors.length })}
            </Alert>
          )}
        </>
      )}
    </Box>
  );
}
