import { useEffect, useState } from 'react';
import {
  Alert,
  Box,
  Card,
  CardContent,
  CardHeader,
  CircularProgress,
  MenuItem,
  Select,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableRow,
  Typography,
} from '@mui/material';
import { Link, Title, useDataProvider, useLocale, useTranslate } from 'react-admin';
import type { HubDataProvider } from '../providers/data/data-provider.js';
import type { AdminDashboardQuery } from '../gql/graphql.js';
import { DashboardQuery } from './queries.js';
import { fillMonths, rangeStart } from './pivot.js';
import { ChartCard } from './ChartCard.js';
import { ByMonthChart, ByStatusChart, ByViolationChart } from './PenaltyCharts.js';
import { ShareChart } from './ShareChart.js';

const yuan = (fen: number) => Math.round(fen) / 100;

/** Overview for the signed-in user's scope (the server applies the tenant filters). */
export function Dashboard() {
  const translate = useTranslate();
  const locale = useLocale();
  const dataProvider = useDataProvider<HubDataProvider>();
  const [months, setMonths] = useState<number | 'all'>('all');
  const [data, setData] = useState<AdminDashboardQuery | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    setData(null);
    dataProvider
      .read<AdminDashboardQuery>(DashboardQuery, { from: rangeStart(months) })
      .then((d) => !cancelled && setData(d))
      .catch((e: Error) => !cancelled && setError(e.message));
    return () => {
      cancelled = true;
    };
  }, [dataProvider, months]);

  const name = (r: { nameZh: string; nameEn: string }) => (locale === 'en' ? r.nameEn : r.nameZh);
  // The expiring list does not depend on the chosen period: the console's plain empty text.
  const noItems = <Typography color="text.secondary">{translate('hub.empty')}</Typography>;
  // While loading, no empty-state sentence: it would flash before the figures arrive.
  const emptyIf = (none: boolean, key = 'hub.dashboard.noData') => (data && none ? translate(key) : null);

  if (error) return <Alert severity="error">{error}</Alert>;
  const d = data?.dashboard;
  const byMonth = fillMonths(
    (d?.penaltiesByMonth ?? []).map((m) => ({
      month: m.month,
      penalised: yuan(m.penalisedFen),
      recovered: yuan(m.recoveredFen),
    })),
    { penalised: 0, recovered: 0 },
  );
  // Eight types at most, each with a band tall enough for its name on two lines.
  const byViolation = (d?.penaltiesByViolation ?? [])
    .slice(0, 8)
    .map((v) => ({ name: name(v), penalised: yuan(v.penalisedFen), recovered: yuan(v.recoveredFen) }));
  const byStatus = (d?.agreementsByStatus ?? []).map((s) => ({
    name: translate(`enums.AgreementStatus.${s.status}`),
    value: s.count,
  }));
  const shares = d?.violatingShare ?? [];
  const expiring = data?.agreementsExpiringSoon.edges.map((e) => e.node) ?? [];

  return (
    <Box sx={{ mt: 2 }}>
      <Title title={translate('hub.dashboard.title')} />
      <Stack direction="row" alignItems="center" spacing={2} sx={{ mb: 2 }}>
        <Typography variant="h6">{translate('hub.dashboard.title')}</Typography>
        <Select
          size="small"
          value={String(months)}
          onChange={(e) => setMonths(e.target.value === 'all' ? 'all' : Number(e.target.value))}
        >
          <MenuItem value="all">{translate('hub.dashboard.allTime')}</MenuItem>
          <MenuItem value="12">{translate('hub.dashboard.months', { count: 12 })}</MenuItem>
          <MenuItem value="36">{translate('hub.dashboard.months', { count: 36 })}</MenuItem>
        </Select>
        {!data ? <CircularProgress size={20} /> : null}
      </Stack>
      <Stack direction="row" flexWrap="wrap" gap={2}>
        <ChartCard
          title={translate('hub.dashboard.penaltiesByMonth')}
          testId="chart-by-month"
          empty={emptyIf(byMonth.length === 0)}
        >
          {data ? <ByMonthChart rows={byMonth} /> : null}
        </ChartCard>
        <ChartCard
          title={translate('hub.dashboard.penaltiesByViolation')}
          testId="chart-by-violation"
          empty={emptyIf(byViolation.length === 0)}
          height={Math.max(320, 110 + byViolation.length * 40)}
        >
          {data ? <ByViolationChart rows={byViolation} /> : null}
        </ChartCard>
        <ChartCard
          title={translate('hub.dashboard.agreementsByStatus')}
          testId="chart-by-status"
          empty={emptyIf(byStatus.length === 0)}
        >
          {data ? <ByStatusChart rows={byStatus} /> : null}
        </ChartCard>
        <ChartCard
          title={translate('hub.dashboard.violatingShare')}
          testId="chart-share"
          empty={emptyIf(shares.length === 0, 'hub.dashboard.noShare')}
        >
          {data ? <ShareChart shares={shares} /> : null}
        </ChartCard>
        <Card data-testid="expiring-soon" sx={{ flex: '1 1 100%' }}>
          <CardHeader
            title={translate('hub.dashboard.expiringSoon', {
              count: data?.agreementsExpiringSoon.totalCount ?? 0,
            })}
            titleTypographyProps={{ variant: 'subtitle1' }}
          />
          <CardContent>
            {expiring.length === 0 ? (
              noItems
            ) : (
              <Table size="small">
                <TableBody>
                  {expiring.map((a) => (
                    <TableRow key={a.id}>
                      <TableCell>
                        <Link to={`/agreements/${encodeURIComponent(a.id)}/show`}>{a.number}</Link>
                      </TableCell>
                      <TableCell>{translate(`enums.AgreementKind.${a.kind}`)}</TableCell>
                      <TableCell>
                        {a.provider ? name(a.provider) : a.partner ? name(a.partner) : '—'}
                      </TableCell>
                      <TableCell>{translate(`enums.AgreementStatus.${a.status}`)}</TableCell>
                      <TableCell>{a.endsOn}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            )}
          </CardContent>
        </Card>
      </Stack>
    </Box>
  );
}
