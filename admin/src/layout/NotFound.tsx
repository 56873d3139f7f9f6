import { Alert, AlertTitle, Box, Button } from '@mui/material';
import { Link } from 'react-router-dom';
import { Title, useTranslate } from 'react-admin';

/**
 * An address the console has no page for (a mistyped URL, or a screen the role is not given,
 * such as a provider's staff opening #/users). react-admin's own page appends a Western full
 * stop to its message, which read "…错误的链接。." in Chinese and "…a bad link.." in English.
 */
export function NotFound() {
  const translate = useTranslate();
  return (
    <Box sx={{ p: 2 }} data-testid="not-found">
      <Title title={translate('console.notFound.title')} />
      <Alert severity="info">
        <AlertTitle>{translate('console.notFound.title')}</AlertTitle>
        {translate('console.notFound.body')}
      </Alert>
      <Button component={Link} to="/" sx={{ mt: 2 }}>
        {translate('console.notFound.home')}
      </Button>
    </Box>
  );
}
