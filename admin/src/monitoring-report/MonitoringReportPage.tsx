import { useEffect, useState } from 'react';
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  CardHeader,
  CircularProgress,
  MenuItem,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import DownloadIcon from '@mui/icons-material/Download';
import { Title, useDataProvider, useLocale, useNotify, usePermissions, useTranslate } from 'react-admin';
import type { HubDataProvider } from '../providers/data/data-provider.js';
import type { Permissions } from '../providers/auth-provider.js';
import type { AdminMonitoringReportQuery, AdminReportInsurersQuery } from '../gql/graphql.js';
import { download, toCsv, toXlsx } from '../common/export/table.js';
import { MonitoringReportQuery, ReportInsurersQuery } from './queries.js';
import { formatShare, previousMonth, reportTable, type Report } from './report-table.js';
import { ReportTables } from './ReportTables.js';

/**
 * 智能监控月报: what the county counted, for one insurer and settlement month — reminders,
 * interceptions, after-the-fact hits and refusals, hits by rule and by provider, and the
 * violating share of the fund paid (the same figure the dashboard charts).
 */
export function MonitoringReportPage() {
  const translate = useTranslate();
  const locale = useLocale();
  const notify = useNotify();
  const dataProvider = useDataProvider<HubDataProvider>();
  const { permissions } = usePermissions<Permissions>();
  const platform = permissions?.role === 'PLATFORM_ADMIN';
  const [month, setMonth] = useState(previousMonth());
  const [insurers, setInsurers] = useState<{ id: string; nameZh: string; nameEn: string }[]>([]);
  const [insurerId, setInsurerId] = useState<string>('');
  const [report, setReport] = useState<Report | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const t = (key: string, options?: Record<string, unknown>) => translate(`monitoringReport.${key}`, options);

  useEffect(() => {
    if (!platform) return;
    dataProvider
      .read<AdminReportInsurersQuery>(ReportInsurersQuery)
      .then((d) => {
        const list = d.insurers.edges.map((e) => e.node);
        setInsurers(list);
        setInsurerId((current) => current || list[0]?.id || '');
      })
      .catch((e: Error) => setError(e.message));
  }, [dataProvider, platform]);

  useEffect(() => {
    if (!/^\d{4}-\d{2}$/.test(month) || (platform && !insurerId)) return;
    let cancelled = false;
    setLoading(true);
    setError(null);
    dataProvider
      .read<AdminMonitoringReportQuery>(MonitoringReportQuery, {
        month,
        insurerId: platform ? insurerId : null,
      })
      .then((d) => !cancelled && setReport(d.monitoringReport))
      .catch((e: Error) => !cancelled && setError(e.message))
      .finally(() => !cancelled && setLoading(false));
    return () => {
      cancelled = true;
    };
  }, [dataProvider, month, insurerId, platform]);

  const exportAs = async (format: 'xlsx' | 'csv') => {
    if (!report) return;
    try {
      const table = reportTable(report, translate, locale);
      const file = `${t('title')}-${report.month}`;
      if (format === 'csv') download(toCsv(table), 'text/csv;charset=utf-8', `${file}.csv`);
      else
        download(
          await toXlsx(table, `${t('title')} ${report.month}`),
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          `${file}.xlsx`,
        );
    } catch (e) {
      notify(e instanceof Error ? e.message : String(e), { type: 'error' });
    }
  };

  const empty =
    report &&
    report.settledClaims === 0 &&
    report.flagged.count === 0 &&
    report.reminders.count === 0 &&
    report.interceptions.count === 0;

  return (
    <Box sx={{ mt: 2 }} data-testid="monitoring-report">
      <Title title={t('title')} />
      <Stack direction="row" alignItems="center" spacing={2} sx={{ mb: 2 }} flexWrap="wrap" useFlexGap>
        <Typography variant="h6">{t('title')}</Typography>
        <TextField
          size="small"
          type="month"
          label={t('month')}
          value={month}
          onChange={(e) => setMonth(e.target.value)}
          slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'data-testid': 'report-month' } }}
        />
        {platform ? (
          <TextField
            select
            size="small"
            label={t('insurer')}
            value={insurerId}
            onChange={(e) => setInsurerId(e.target.value)}
            sx={{ minWidth: 220 }}
          >
            {insurers.map((i) => (
              <MenuItem key={i.id} value={i.id}>
                {locale === 'en' ? i.nameEn : i.nameZh}
              </MenuItem>
            ))}
          </TextField>
        ) : null}
        <Button
          size="small"
          startIcon={<DownloadIcon />}
          disabled={!report}
          onClick={() => exportAs('xlsx')}
          data-export="xlsx"
        >
          {translate('console.export.xlsx')}
        </Button>
        <Button
          size="small"
          startIcon={<DownloadIcon />}
          disabled={!report}
          onClick={() => exportAs('csv')}
          data-export="csv"
        >
          {translate('console.export.csv')}
        </Button>
        {loading ? <CircularProgress size={20} /> : null}
      </Stack>
      {error ? <Alert severity="error">{error}</Alert> : null}
      {report && !error ? (
        <Stack gap={2}>
          <Card data-testid="report-share">
            <CardHeader title={t('violatingShare')} titleTypographyProps={{ variant: 'subtitle1' }} />
            <CardContent>
              <Typography variant="h4">{formatShare(report.violatingShare, locale)}</Typography>
              <Typography color="text.secondary">
                {t('shareExplained', { confirmed: formatShare(report.confirmedShare, locale) })}
              </Typography>
            </CardContent>
          </Card>
          {empty ? (
            <Typography color="text.secondary" data-testid="report-empty">
              {t('empty', { month: report.month })}
            </Typography>
          ) : (
            <ReportTables report={report} />
          )}
        </Stack>
      ) : null}
    </Box>
  );
}
