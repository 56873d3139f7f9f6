import { Alert, Box, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { useLocale, useTranslate } from 'react-admin';
import { formatFen } from '../../common/money.js';
import { change, fenToYuanNumber, figuresOf, type SideFigures } from './replay-totals.js';

type Side = { hits: number; hitAmountFen: string; breaches: number; ladder?: { count: number }[] };
export type Replay = {
  id: string;
  status: string;
  periodFrom: string;
  periodTo: string;
  error?: string | null;
  baseline?: Side | null;
  candidate?: Side | null;
  providers: {
    provider: { id: string; nameZh: string; nameEn: string } | null;
    baseline: Side;
    candidate: Side;
  }[];
  rules: {
    ruleCode: string;
    baseline: { hits: number; amountFen: string };
    candidate: { hits: number; amountFen: string };
  }[];
};

const BASELINE = '#90a4ae';

function EmptyRow({ span }: { span: number }) {
  const translate = useTranslate();
  return (
    <TableRow>
      <TableCell colSpan={span}>{translate('hub.empty')}</TableCell>
    </TableRow>
  );
}
const CANDIDATE = '#1565c0';

/** A finished replay: totals in force vs draft, per provider and per rule, and a chart of both. */
export function ReplayComparison({ replay }: { replay: Replay }) {
  const translate = useTranslate();
  const locale = useLocale();
  const money = (fen: string | number) => formatFen(fen, locale);
  if (replay.status === 'FAILED') {
    return <Alert severity="error">{translate('hub.replay.failed', { error: replay.error ?? '' })}</Alert>;
  }
  if (replay.status !== 'COMPLETED') return <Alert severity="info">{translate('hub.replay.running')}</Alert>;
  const b = figuresOf(replay.baseline);
  const c = figuresOf(replay.candidate);
  const rows: { key: keyof SideFigures; label: string; show: (v: SideFigures) => string }[] = [
    { key: 'hits', label: 'hub.replay.hits', show: (v) => String(v.hits) },
    { key: 'hitAmountFen', label: 'hub.replay.amount', show: (v) => money(v.hitAmountFen) },
    { key: 'breaches', label: 'hub.replay.breaches', show: (v) => String(v.breaches) },
    { key: 'ladderSteps', label: 'hub.replay.ladderSteps', show: (v) => String(v.ladderSteps) },
  ];
  const baselineName = translate('hub.replay.baseline');
  const candidateName = translate('hub.replay.candidate');
  const chart = rows
    .filter((r) => r.key !== 'hitAmountFen')
    .map((r) => ({ name: translate(r.label), [baselineName]: b[r.key], [candidateName]: c[r.key] }));
  const name = (p: { nameZh: string; nameEn: string } | null) =>
    p ? (locale === 'en' ? p.nameEn : p.nameZh) : '—';
  return (
    <Box data-testid="replay-comparison" sx={{ width: '100%' }}>
      <Typography variant="subtitle2" sx={{ mb: 1 }}>
        {translate('hub.replay.period')}：{replay.periodFrom.slice(0, 7)} — {replay.periodTo.slice(0, 7)}
      </Typography>
      <Box sx={{ display: 'flex', gap: 4, flexWrap: 'wrap', alignItems: 'flex-start' }}>
        <Table size="small" sx={{ maxWidth: 520 }} data-testid="replay-totals">
          <TableHead>
            <TableRow>
              <TableCell />
              <TableCell align="right">{baselineName}</TableCell>
              <TableCell align="right">{candidateName}</TableCell>
              <TableCell align="right">{translate('hub.replay.change')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((r) => (
              <TableRow key={r.key}>
                <TableCell>{translate(r.label)}</TableCell>
                <TableCell align="right">{r.show(b)}</TableCell>
                <TableCell align="right">{r.show(c)}</TableCell>
                <TableCell align="right">
                  {r.key === 'hitAmountFen'
                    ? change(b.hitAmountFen, c.hitAmountFen).replace(
                        /^([+-]?)(\d+)$/,
                        (_m, s: string, d: string) => s + money(d),
                      )
                    : change(b[r.key], c[r.key])}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
        <Box>
          <Typography variant="caption">{translate('hub.replay.chart')}</Typography>
          <BarChart width={480} height={240} data={chart}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="name" />
            <YAxis allowDecimals={false} />
            <Tooltip />
            <Legend />
            <Bar dataKey={baselineName} fill={BASELINE} isAnimationActive={false} />
            <Bar dataKey={candidateName} fill={CANDIDATE} isAnimationActive={false} />
          </BarChart>
        </Box>
      </Box>
      <Typography variant="h6" sx={{ mt: 3 }}>
        {translate('hub.replay.byProvider')}
      </Typography>
      <Table size="small" data-testid="replay-providers">
        <TableHead>
          <TableRow>
            <TableCell>{translate('hub.replay.provider')}</TableCell>
            <TableCell align="right">
              {translate('hub.replay.hits')}（{baselineName} → {candidateName}）
            </TableCell>
            <TableCell align="right">
              {translate('hub.replay.amount')}（{baselineName} → {candidateName}）
            </TableCell>
            <TableCell align="right">
              {translate('hub.replay.breaches')}（{baselineName} → {candidateName}）
            </TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {replay.providers.length === 0 ? <EmptyRow span={4} /> : null}
          {replay.providers.map((p, i) => (
            <TableRow key={p.provider?.id ?? i}>
              <TableCell>{name(p.provider)}</TableCell>
              <TableCell align="right">
                {p.baseline.hits} → {p.candidate.hits}
              </TableCell>
              <TableCell align="right">
                {money(p.baseline.hitAmountFen)} → {money(p.candidate.hitAmountFen)}
              </TableCell>
              <TableCell align="right">
                {p.baseline.breaches} → {p.candidate.breaches}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Typography variant="h6" sx={{ mt: 3 }}>
        {translate('hub.replay.byRule')}
      </Typography>
      <Box sx={{ display: 'flex', gap: 4, flexWrap: 'wrap', alignItems: 'flex-start' }}>
        <Table size="small" sx={{ maxWidth: 640 }} data-testid="replay-rules">
          <TableHead>
            <TableRow>
              <TableCell>{translate('hub.replay.ruleCode')}</TableCell>
              <TableCell align="right">
                {translate('hub.replay.hits')}（{baselineName} → {candidateName}）
              </TableCell>
              <TableCell align="right">
                {translate('hub.replay.amount')}（{baselineName} → {candidateName}）
              </TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {replay.rules.length === 0 ? <EmptyRow span={3} /> : null}
            {replay.rules.map((r) => (
              <TableRow key={r.ruleCode}>
                <TableCell>{r.ruleCode}</TableCell>
                <TableCell align="right">
                  {r.baseline.hits} → {r.candidate.hits}
                </TableCell>
                <TableCell align="right">
                  {money(r.baseline.amountFen)} → {money(r.candidate.amountFen)}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
        {replay.rules.length ? (
          <BarChart
            width={480}
            height={240}
            data={replay.rules.map((r) => ({
              name: r.ruleCode,
              [baselineName]: fenToYuanNumber(r.baseline.amountFen),
              [candidateName]: fenToYuanNumber(r.candidate.amountFen),
            }))}
          >
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="name" />
            <YAxis />
            <Tooltip formatter={(v) => money(Math.round(Number(v) * 100))} />
            <Legend />
            <Bar dataKey={baselineName} fill={BASELINE} isAnimationActive={false} />
            <Bar dataKey={candidateName} fill={CANDIDATE} isAnimationActive={false} />
          </BarChart>
        ) : null}
      </Box>
    </Box>
  );
}
