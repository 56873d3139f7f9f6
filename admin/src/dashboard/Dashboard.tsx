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
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  Legend,
  Pie,
  PieChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  Area,
  AreaChart,
} from 'recharts';
import { Link, Title, useDataProvider, useLocale, useTranslate } from 'react-admin';
import type { HubDataProvider } from '../providers/data/data-provider.js';
import type { AdminDashboardQuery } from '../gql/graphql.js';
import { DashboardQuery } from './queries.js';
import { pivotShares, rangeStart } from './pivot.js';

const COLORS = [
  '#1976d2',
  '#2e7d32',
  '#ed6c02',
  '#9c27b0',
  '#d32f2f',
  '#0288d1',
  '#5d4037',
  '#7b1fa2',
  '#689f38',
  '#455a64',
];
const yuan = (fen: number) => Math.round(fen) / 100;
/** Axis ticks in the reader's way of counting: 38万 / 380K. */
const compact = (locale: string) => {
  const format = new Intl.NumberFormat(locale === 'en' ? 'en-US' : 'zh-CN', {
    notation: 'compact',
    maximumFractionDigits: 1,
  });
  return (v: unknown) => format.format(Number(v));
};

function ChartCard({
  title,
  children,
  testId,
}: {
  title: string;
  children: React.ReactNode;
  testId: string;
}) {
  return (
    <Card data-testid={testId} sx={{ flex: '1 1 480px', minWidth: 0 }}>
      <CardHeader title={title} titleTypographyProps={{ variant: 'subtitle1' }} />
      <CardContent sx={{ height: 300 }}>{children}</CardContent>
    </Card>
  );
}

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
  const money = (v: unknown) => `¥${Number(v).toLocaleString(locale === 'en' ? 'en-US' : 'zh-CN')}`;
  const noData = <Typography color="text.secondary">{translate('hub.dashboard.noData')}</Typography>;

  if (error) return <Alert severity="error">{error}</Alert>;
  const d = data?.dashboard;
  const byMonth = (d?.penaltiesByMonth ?? []).map((m) => ({
    month: m.month,
    penalised: yuan(m.penalisedFen),
    recovered: yuan(m.recoveredFen),
  }));
  const byViolation = (d?.penaltiesByViolation ?? [])
    .slice(0, 10)
    .map((v) => ({ name: name(v), penalised: yuan(v.penalisedFen), recovered: yuan(v.recoveredFen) }));
  const byStatus = (d?.agreementsByStatus ?? []).map((s) => ({
    name: translate(`enums.AgreementStatus.${s.status}`),
    value: s.count,
  }));
  const shares = pivotShares(d?.violatingShare ?? []);
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
        <ChartCard title={translate('hub.dashboard.penaltiesByMonth')} testId="chart-by-month">
          {byMonth.length === 0 ? (
            noData
          ) : (
            <ResponsiveContainer>
              <BarChart data={byMonth}>
                <CartesianGrid strokeDasharray="3 3" />
                <XAxis dataKey="month" />
                <YAxis tickFormatter={compact(locale)} />
                <Tooltip formatter={money} />
                <Legend />
                <Bar
                  isAnimationActive={false}
                  dataKey="penalised"
                  name={translate('hub.dashboard.penalised')}
                  fill={COLORS[0]}
                />
                <Bar
                  isAnimationActive={false}
                  dataKey="recovered"
                  name={translate('hub.dashboard.recovered')}
                  fill={COLORS[1]}
                />
              </BarChart>
            </ResponsiveContainer>
          )}
        </ChartCard>
        <ChartCard title={translate('hub.dashboard.penaltiesByViolation')} testId="chart-by-violation">
          {byViolation.length === 0 ? (
            noData
          ) : (
            <ResponsiveContainer>
              <BarChart data={byViolation} layout="vertical" margin={{ left: 40 }}>
                <CartesianGrid strokeDasharray="3 3" />
                <XAxis type="number" tickFormatter={compact(locale)} />
                <YAxis type="category" dataKey="name" width={150} tick={{ fontSize: 12 }} />
                <Tooltip formatter={money} />
                <Legend />
                <Bar
                  isAnimationActive={false}
                  dataKey="penalised"
                  name={translate('hub.dashboard.penalised')}
                  fill={COLORS[0]}
                />
                <Bar
                  isAnimationActive={false}
                  dataKey="recovered"
                  name={translate('hub.dashboard.recovered')}
                  fill={COLORS[1]}
                />
              </BarChart>
            </ResponsiveContainer>
          )}
        </ChartCard>
        <ChartCard title={translate('hub.dashboard.agreementsByStatus')} testId="chart-by-status">
          {byStatus.length === 0 ? (
            noData
          ) : (
            <ResponsiveContainer>
              <PieChart>
                <Pie
                  isAnimationActive={false}
                  data={byStatus}
                  dataKey="value"
                  nameKey="name"
                  outerRadius={100}
                  label
                >
                  {byStatus.map((s, i) => (
                    <Cell key={s.name} fill={COLORS[i % COLORS.length]} />
                  ))}
                </Pie>
                <Tooltip />
                <Legend />
              </PieChart>
            </ResponsiveContainer>
          )}
        </ChartCard>
        <ChartCard title={translate('hub.dashboard.violatingShare')} testId="chart-share">
          {shares.rows.length === 0 ? (
            noData
          ) : (
            <ResponsiveContainer>
              <AreaChart data={shares.rows}>
                <CartesianGrid strokeDasharray="3 3" />
                <XAxis dataKey="month" />
                <YAxis unit="%" domain={[0, 100]} />
                <Tooltip formatter={(v) => `${v}%`} />
                <Legend />
                {shares.categories.map((c, i) => (
                  <Area
                    isAnimationActive={false}
                    key={c}
                    type="monotone"
                    dataKey={c}
                    stackId="1"
                    name={translate(`enums.ViolationCategory.${c}`)}
                    stroke={COLORS[i % COLORS.length]}
                    fill={COLORS[i % COLORS.length]}
                  />
                ))}
              </AreaChart>
            </ResponsiveContainer>
          )}
        </ChartCard>
        <Card data-testid="expiring-soon" sx={{ flex: '1 1 100%' }}>
          <CardHeader
            title={`${translate('hub.dashboard.expiringSoon')} (${data?.agreementsExpiringSoon.totalCount ?? 0})`}
            titleTypographyProps={{ variant: 'subtitle1' }}
          />
          <CardContent>
            {expiring.length === 0 ? (
              noData
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
