import { Box, Chip, LinearProgress, Stack, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';

export type Counts = { pending: number; resigned: number; excepted: number; refused: number };

/** Share of the campaign's agreements that no longer wait (re-signed, excepted or refused), 0–100. */
export function progressPercent(counts: Counts, total: number): number {
  if (total <= 0) return 100;
  return Math.round(((total - counts.pending) / total) * 100);
}

/** Counts by item status and a bar of how far the campaign has got. */
export function CampaignProgress() {
  const record = useRecordContext<{ counts: Counts; total: number; status: string }>();
  const translate = useTranslate();
  if (!record) return null;
  const { counts, total } = record;
  const percent = progressPercent(counts, total);
  const field = (k: keyof Counts) => translate(`resources.resigningCampaigns.fields.${k}`);
  return (
    <Box sx={{ width: '100%', maxWidth: 720 }} data-testid="campaign-progress" data-status={record.status}>
      <Stack direction="row" spacing={1} sx={{ mb: 1, flexWrap: 'wrap' }}>
        <Chip size="small" label={`${field('pending')} ${counts.pending}`} />
        <Chip size="small" color="success" label={`${field('resigned')} ${counts.resigned}`} />
        <Chip size="small" color="info" label={`${field('excepted')} ${counts.excepted}`} />
        <Chip size="small" color="error" label={`${field('refused')} ${counts.refused}`} />
      </Stack>
      <LinearProgress
        variant="determinate"
        value={percent}
        sx={{ height: 10, borderRadius: 5, '& .MuiLinearProgress-bar': { transition: 'none' } }}
      />
      <Typography variant="caption">
        {translate('hub.campaign.processed', { done: total - counts.pending, total })}（{percent}%）
      </Typography>
    </Box>
  );
}
