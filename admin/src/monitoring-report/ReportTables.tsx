import {
  Card,
  CardContent,
  CardHeader,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useLocale, useTranslate } from 'react-admin';
import { formatFen } from '../common/format.js';
import { summaryLines, type Report } from './report-table.js';

/** The report's three tables: the month's counts, hits by rule, hits by provider. */
export function ReportTables({ report }: { report: Report }) {
  const translate = useTranslate();
  const locale = useLocale();
  const t = (key: string) => translate(`monitoringReport.${key}`);
  const count = (n: number) => n.toLocaleString(locale === 'en' ? 'en-US' : 'zh-CN');
  const name = (n: { nameZh: string; nameEn: string }) => (locale === 'en' ? n.nameEn : n.nameZh);
  const head = (first: string) => (
    <TableHead>
      <TableRow>
        <TableCell>{first}</TableCell>
        <TableCell align="right">{t('count')}</TableCell>
        <TableCell align="right">{t('amount')}</TableCell>
      </TableRow>
    </TableHead>
  );
  const none = (
    <Typography color="text.secondary" sx={{ p: 1 }}>
      {t('noHits')}
    </Typography>
  );

  return (
    <Stack direction="row" flexWrap="wrap" gap={2}>
      <Card sx={{ flex: '1 1 100%' }} data-testid="report-summary">
        <CardHeader title={t('summary')} titleTypographyProps={{ variant: 'subtitle1' }} />
        <CardContent>
          <Table size="small">
            {head(t('item'))}
            <TableBody>
              {summaryLines(report).map((l) => (
                <TableRow key={l.key} data-row={l.key}>
                  <TableCell>{t(l.key)}</TableCell>
                  <TableCell align="right">{count(l.count)}</TableCell>
                  <TableCell align="right">{formatFen(l.amountFen, locale)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </CardContent>
      </Card>
      <Card sx={{ flex: '1 1 480px', minWidth: 0 }} data-testid="report-by-rule">
        <CardHeader title={t('byRule')} titleTypographyProps={{ variant: 'subtitle1' }} />
        <CardContent>
          {report.byRule.length === 0 ? (
            none
          ) : (
            <Table size="small">
              {head(t('rule'))}
              <TableBody>
                {report.byRule.map((r) => (
                  <TableRow key={r.ruleCode}>
                    <TableCell>{name(r)}</TableCell>
                    <TableCell align="right">{count(r.hits)}</TableCell>
                    <TableCell align="right">{formatFen(r.amountFen, locale)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
        </CardContent>
      </Card>
      <Card sx={{ flex: '1 1 480px', minWidth: 0 }} data-testid="report-by-provider">
        <CardHeader title={t('byProvider')} titleTypographyProps={{ variant: 'subtitle1' }} />
        <CardContent>
          {report.byProvider.length === 0 ? (
            none
          ) : (
            <Table size="small">
              {head(t('provider'))}
              <TableBody>
                {report.byProvider.map((p) => (
                  <TableRow key={p.providerId}>
                    <TableCell>{name(p)}</TableCell>
                    <TableCell align="right">{count(p.hits)}</TableCell>
                    <TableCell align="right">{formatFen(p.amountFen, locale)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
        </CardContent>
      </Card>
    </Stack>
  );
}
