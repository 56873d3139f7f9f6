import { useEffect, type ReactNode } from 'react';
import { AppBar, Layout, LocalesMenuButton, TitlePortal, useTranslate } from 'react-admin';
import { Typography } from '@mui/material';
import { HubMenu } from './HubMenu.js';

function HubAppBar() {
  const translate = useTranslate();
  return (
    <AppBar toolbar={<LocalesMenuButton />}>
      <Typography variant="h6" sx={{ mr: 2, whiteSpace: 'nowrap' }}>
        {translate('hub.title')}
      </Typography>
      <TitlePortal />
    </AppBar>
  );
}

/** react-admin's layout with the language switch always in the app bar (zh-CN / English) and the hub's menu. */
export function HubLayout({ children }: { children: ReactNode }) {
  useEffect(() => {
    let uninstall: (() => void) | undefined;
    let gone = false;
    void import('./keyboard-rows.js').then((m) => {
      if (!gone) uninstall = m.installKeyboardRows();
    });
    return () => {
      gone = true;
      uninstall?.();
    };
  }, []);
  return (
    <Layout appBar={HubAppBar} menu={HubMenu}>
      {children}
    </Layout>
  );
}
