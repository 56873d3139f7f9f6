import { Chip, Stack, Typography } from '@mui/material';
import { useLocale, useRecordContext, useTranslate } from 'react-admin';
import { formatDateTime } from '../../common/format.js';

type Due = { dueAt: string | null; overdue: boolean };

/** The current step's due date; an overdue step is shown in red with a chip. */
export function DueField(_props: { label?: string; source?: string; sortBy?: string }) {
  const record = useRecordContext<Due>();
  const locale = useLocale();
  const translate = useTranslate();
  // body2, as every other field reads (a bare span took the page's larger body1).
  if (!record?.dueAt) return <Typography variant="body2">—</Typography>;
  // On the agency's clock like every other instant, not the browser's zone.
  const when = formatDateTime(record.dueAt, locale);
  return (
    <Stack direction="row" spacing={1} alignItems="center" data-overdue={record.overdue ? 'true' : 'false'}>
      <Typography
        variant="body2"
        component="span"
        sx={record.overdue ? { color: 'error.dark', fontWeight: 600 } : undefined}
      >
        {when}
      </Typography>
      {record.overdue ? <Chip size="small" color="error" label={translate('hub.review.overdue')} /> : null}
    </Stack>
  );
}
