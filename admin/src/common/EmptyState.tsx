import { Box, Typography } from '@mui/material';
import { CreateButton, useResourceDefinition, useTranslate } from 'react-admin';

/**
 * What a list shows when the user's scope holds nothing yet. Where the user may create a record
 * (the route is registered for them only then, resources/route-access.tsx), the create button
 * stays: react-admin drops the list's actions with the empty table, which left a first physician
 * or tip-off with no way in but typing the URL. A table inside a show page passes `create={false}`.
 */
export function EmptyState({ create = true }: { create?: boolean }) {
  const translate = useTranslate();
  const { hasCreate } = useResourceDefinition();
  return (
    <Box sx={{ p: 4, textAlign: 'center' }}>
      <Typography variant="body1" color="text.secondary">
        {translate('hub.empty')}
      </Typography>
      {create && hasCreate ? <CreateButton variant="contained" sx={{ mt: 2 }} /> : null}
    </Box>
  );
}
