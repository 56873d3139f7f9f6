import { Box, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';

/** What a list shows when the user's scope holds nothing yet. */
export function EmptyState() {
  const translate = useTranslate();
  return (
    <Box sx={{ p: 4, textAlign: 'center' }}>
      <Typography variant="body1" color="text.secondary">
        {translate('hub.empty')}
      </Typography>
    </Box>
  );
}
