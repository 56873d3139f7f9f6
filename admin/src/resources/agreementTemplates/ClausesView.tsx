import { Box, Card, CardContent, Chip, Stack, Typography } from '@mui/material';
import { useLocale, useRecordContext, useTranslate } from 'react-admin';

type Step = { measure: string; multiple: string | null; durationMonths: number | null };
type Clause = {
  clauseNo: string;
  titleZh: string;
  titleEn: string;
  bodyZh: string;
  bodyEn: string;
  ruleCodes: string[];
  indicatorMetrics: string[];
  ladder: { windowMonths: number; steps: Step[] } | null;
};

/** Each clause with what it links: rules whose hits breach it, indicators, and its penalty ladder. */
export function ClausesView() {
  const record = useRecordContext<{ clauses: Clause[] }>();
  const translate = useTranslate();
  const locale = useLocale();
  const en = locale === 'en';
  if (!record?.clauses?.length) return <Typography>{translate('hub.empty')}</Typography>;
  const stepText = (s: Step) =>
    [
      translate(`enums.PenaltyMeasure.${s.measure}`, { _: s.measure }),
      s.multiple ? `× ${s.multiple}` : null,
      s.durationMonths ? translate('hub.template.months', { n: s.durationMonths }) : null,
    ]
      .filter(Boolean)
      .join(' ');
  // Full-width in Chinese (规则编码：), as the rest of the console writes a label before its value.
  const colon = en ? ':' : '：';
  return (
    <Stack spacing={2} sx={{ width: '100%' }} data-testid="template-clauses">
      {record.clauses.map((c) => (
        <Card key={c.clauseNo} variant="outlined">
          <CardContent>
            <Typography variant="subtitle1" fontWeight={600}>
              {c.clauseNo} {en ? c.titleEn : c.titleZh}
            </Typography>
            <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap', mb: 1 }}>
              {en ? c.bodyEn : c.bodyZh}
            </Typography>
            <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', alignItems: 'center', mb: 1 }}>
              <Typography variant="caption">
                {translate('hub.template.ruleCodes')}
                {colon}
              </Typography>
              {c.ruleCodes.length ? c.ruleCodes.map((r) => <Chip key={r} size="small" label={r} />) : '—'}
              <Typography variant="caption" sx={{ ml: 2 }}>
                {translate('hub.template.indicatorMetrics')}
                {colon}
              </Typography>
              {c.indicatorMetrics.length
                ? c.indicatorMetrics.map((m) => (
                    <Chip
                      key={m}
                      size="small"
                      variant="outlined"
                      label={translate(`enums.IndicatorMetric.${m}`, { _: m })}
                    />
                  ))
                : '—'}
            </Box>
            {c.ladder ? (
              <Box>
                <Typography variant="caption">
                  {translate('hub.template.ladder')}（
                  {translate('hub.template.ladderWindow', { months: c.ladder.windowMonths })}）
                </Typography>
                <Box component="ol" sx={{ m: 0, pl: 3 }} data-testid="ladder-steps">
                  {c.ladder.steps.map((s, i) => (
                    <li key={i}>
                      <Typography variant="body2">
                        {translate('hub.template.step', { n: i + 1 })}：{stepText(s)}
                      </Typography>
                    </li>
                  ))}
                </Box>
              </Box>
            ) : (
              <Typography variant="caption">{translate('hub.template.noLadder')}</Typography>
            )}
          </CardContent>
        </Card>
      ))}
    </Stack>
  );
}
