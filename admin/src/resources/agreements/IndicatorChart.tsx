import { Box, Card, CardContent, Typography } from '@mui/material';
import { CartesianGrid, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { useRecordContext, useTranslate } from 'react-admin';
import { useRead } from '../../common/useRead.js';
import { localMonth } from '../../common/format.js';
import { AgreementIndicators } from './indicator-queries.js';
import { seriesByMetric, type Measurement, type Point } from './indicator-series.js';

/** First day of the month nine months before this one (the agency's calendar): the last ten months fit one page. */
function tenMonthsAgo(): string {
  return `${localMonth(9)}-01`;
}

type Data = { indicatorMeasurements: { edges: { node: Measurement }[] } };

/** A breached month is drawn as a red dot, a partial (unfinished) month hollow. */
function Dot(props: { cx?: number; cy?: number; payload?: Point }) {
  const { cx, cy, payload } = props;
  if (cx === undefined || cy === undefined || !payload || payload.value === null) return null;
  const breached = payload.breached;
  return (
    <circle
      cx={cx}
      cy={cy}
      r={breached ? 6 : 3}
      fill={payload.partial ? '#fff' : breached ? '#d32f2f' : '#1565c0'}
      stroke={breached ? '#d32f2f' : '#1565c0'}
      strokeWidth={2}
      data-breached={breached ? 'true' : undefined}
    />
  );
}

/** One line chart per indicator of the agreement, its threshold as a dashed line. */
export function IndicatorChart() {
  const record = useRecordContext<{ id: string }>();
  const translate = useTranslate();
  const { data, error } = useRead<Data>(
    AgreementIndicators,
    record ? { agreementId: record.id, monthFrom: tenMonthsAgo() } : null,
  );
  if (error) return <Typography color="error">{error}</Typography>;
  if (!data) return null;
  const series = seriesByMetric(data.indicatorMeasurements.edges.map((e) => e.node));
  if (series.length === 0) return <Typography>{translate('hub.indicators.none')}</Typography>;
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2 }} data-testid="indicator-charts">
      {series.map((s) => (
        <Card key={s.metric} variant="outlined">
          <CardContent>
            <Typography variant="subtitle2">
              {translate(`enums.IndicatorMetric.${s.metric}`, { _: s.metric })}
              {s.threshold !== null
                ? `（${translate('hub.indicators.threshold')} ${translate(`enums.Comparator.${s.comparator}`, { _: '' })} ${s.threshold}）`
                : ''}
            </Typography>
            <LineChart
              width={520}
              height={240}
              data={s.points}
              margin={{ top: 10, right: 24, left: 0, bottom: 0 }}
            >
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="month" />
              <YAxis />
              <Tooltip />
              {s.threshold !== null ? (
                <ReferenceLine
                  y={s.threshold}
                  stroke="#d32f2f"
                  strokeDasharray="6 4"
                  label={translate('hub.indicators.threshold')}
                />
              ) : null}
              <Line
                type="monotone"
                dataKey="value"
                name={translate('hub.indicators.value')}
                stroke="#1565c0"
                dot={<Dot />}
                connectNulls={false}
                isAnimationActive={false}
              />
            </LineChart>
          </CardContent>
        </Card>
      ))}
    </Box>
  );
}
