import { Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useLocale, useRecordContext, useTranslate } from 'react-admin';
import { formatIndicatorValue } from './indicator-format.js';

type Indicator = {
  metric: string;
  comparator: string;
  threshold: string;
  unit: string;
  breachMeasure: string | null;
};

/** The template's control indicators, thresholds in the units people read (yuan, %). */
export function IndicatorsView() {
  const record = useRecordContext<{ indicators: Indicator[] }>();
  const translate = useTranslate();
  const locale = useLocale();
  if (!record?.indicators?.length) return <Typography>{translate('hub.empty')}</Typography>;
  return (
    <Table size="small" data-testid="template-indicators">
      <TableHead>
        <TableRow>
          <TableCell>{translate('hub.template.indicatorMetrics')}</TableCell>
          <TableCell>{translate('hub.template.threshold')}</TableCell>
          <TableCell>{translate('hub.template.breachMeasure')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {record.indicators.map((i) => (
          <TableRow key={i.metric}>
            <TableCell>{translate(`enums.IndicatorMetric.${i.metric}`, { _: i.metric })}</TableCell>
            <TableCell>
              {translate(`enums.Comparator.${i.comparator}`, { _: i.comparator })}{' '}
              {formatIndicatorValue(i.threshold, i.unit, locale, translate(`enums.IndicatorUnit.${i.unit}`))}
            </TableCell>
            <TableCell>
              {i.breachMeasure ? translate(`enums.PenaltyMeasure.${i.breachMeasure}`) : '—'}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
