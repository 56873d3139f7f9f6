import { Admin, Resource } from 'react-admin';
import { createApolloClient } from './providers/graphql-client.js';
import { canDo, createAuthProvider } from './providers/auth-provider.js';
import { createDataProvider } from './providers/data/data-provider.js';
import { i18nProvider } from './providers/i18n-provider.js';
import {
  accessResourceViews,
  monitoringResourceViews,
  resourceDefs,
  resourceViews,
} from './resources/index.js';
import { Dashboard } from './dashboard/Dashboard.js';
import { HubLayout } from './layout/HubLayout.js';
import { LoginPage } from './layout/LoginPage.js';
import { theme } from './layout/theme.js';

const client = createApolloClient();
const locale = () => i18nProvider.getLocale();
const authProvider = createAuthProvider(client, locale);
export const dataProvider = createDataProvider({
  client,
  resources: resourceDefs,
  locale,
  fallbackMessage: () => i18nProvider.translate('hub.errors.unknown'),
});

/**
 * The console. Resources are registered for every signed-in role (users and API clients only
 * for `manageAccess`); what a role may *do* is decided per action from `viewer.capabilities`
 * (see providers/auth-provider.ts). Routes live in the URL hash (react-admin's default), so
 * the hub serves one index.html at /admin.
 */
export function App() {
  return (
    <Admin
      title="医保协议管理"
      dataProvider={dataProvider}
      authProvider={authProvider}
      i18nProvider={i18nProvider}
      dashboard={Dashboard}
      layout={HubLayout}
      loginPage={LoginPage}
      theme={theme}
      disableTelemetry
      requireAuth
    >
      {(permissions) =>
        [
          ...resourceViews,
          ...(canDo(permissions, 'manageMonitoring') ? monitoringResourceViews : []),
          ...(canDo(permissions, 'manageAccess') ? accessResourceViews : []),
        ].map((r) => <Resource key={r.name} {...r} />)
      }
    </Admin>
  );
}
