import { Typography } from '@mui/material';
import { useFieldValue, type DateFieldProps } from 'react-admin';
import { formatDateValue } from './format.js';

/**
 * A read-only date as the console writes every day: YYYY-MM-DD (with HH:mm when `showTime`),
 * the form its day inputs take, in both languages (react-admin's DateField follows the
 * locale: 2026/12/07 in Chinese beside inputs that take 2026-12-07). Instants are on the
 * agency's clock (HUB_TIME_ZONE) whatever the browser's zone; calendar dates as stored.
 */
export function DateField(props: DateFieldProps) {
  const value = useFieldValue(props);
  const { className, showTime } = props;
  return (
    <Typography component="span" variant="body2" className={className}>
      {formatDateValue(value, showTime ?? false)}
    </Typography>
  );
}
