import { Login, LoginForm, LocalesMenuButton, useTranslate } from 'react-admin';
import { Box, Typography } from '@mui/material';

/** react-admin's login form under the console's name, with the language switch. */
export function LoginPage() {
  const translate = useTranslate();
  return (
    <Login>
      <Box sx={{ px: 2, pt: 1, textAlign: 'center' }}>
        <Typography variant="h6">{translate('hub.login.title')}</Typography>
        <LocalesMenuButton />
      </Box>
      <LoginForm />
    </Login>
  );
}
