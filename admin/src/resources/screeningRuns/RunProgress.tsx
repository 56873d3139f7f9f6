import { Box, LinearProgress, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';

type Run = { progress?: number; chunksDone?: number; chunksTotal?: number };

/** A run's progress bar with its chunk count (the unit the job queue works in). */
export function RunProgress() {
  const record = useRecordContext<Run>();
  const translate = useTranslate();
  if (!record) return null;
  const percent = Math.round((record.progress ?? 0) * 100);
  return (
    <Box sx={{ minWidth: 160 }} data-testid="run-progress">
      <LinearProgress variant="determinate" value={percent} />
      <Typography variant="caption">
        {percent} % ·{' '}
        {translate('hub.monitoring.chunks', { done: record.chunksDone ?? 0, total: record.chunksTotal ?? 0 })}
      </Typography>
    </Box>
  );
}
