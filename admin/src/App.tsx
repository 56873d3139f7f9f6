import { Admin, CustomRoutes, Resource } from 'react-admin';
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
import { allowedScreens, noAccessRoutes, visibleViews } from './resources/route-access.js';
import { lazy } from 'react';
import { HubLayout } from './layout/HubLayout.js';
import { MONITORING_REPORT_PATH } from './layout/HubMenu.js';
import { NoAccess } from './layout/NoAccess.js';
import { lazyScreen } from './common/lazy-screen.js';
import { Route } from 'react-router-dom';
import { LoginPage } from './layout/LoginPage.js';
import { theme } from './layout/theme.js';

// The dashboard (and its chart library) is a chunk of its own, like every resource screen.
const Dashboard = lazy(async () => ({ default: (await import('./dashboard/Dashboard.js')).Dashboard }));
/** A chunk of its own: only a mistyped or forbidden address needs it. */
const NotFound = lazyScreen(() => import('./layout/NotFound.js'), 'NotFound');
const MonitoringReportPage = lazy(async () => ({
  default: (await import('./monitoring-report/MonitoringReportPage.js')).MonitoringReportPage,
}));

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
 * for `manageAccess`); create and edit routes only for roles with the capability, the others
 * get a no-access page at those URLs (resources/route-access.tsx). What a role may *do* on a
 * record is decided per action from `viewer.capabilities` (see providers/auth-provider.ts). Routes live in the URL hash (react-admin's default), so
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
      catchAll={NotFound}
      theme={theme}
      disableTelemetry
      requireAuth
    >
      {(permissions) => {
        const views = [
          ...visibleViews(resourceViews, permissions),
          ...(canDo(permissions, 'manageMonitoring') ? monitoringResourceViews : []),
          ...(canDo(permissions, 'manageAccess') ? accessResourceViews : []),
        ];
        return [
          ...views.map((r) => <Resource key={r.name} {...allowedScreens(r, permissions)} />),
          <CustomRoutes key="no-access">{noAccessRoutes(views, permissions)}</CustomRoutes>,
          <CustomRoutes key="reports">
            {canDo(permissions, 'manageMonitoring') ? (
              <Route path={MONITORING_REPORT_PATH} element={<MonitoringReportPage />} />
            ) : (
              <Route path={MONITORING_REPORT_PATH} element={<NoAccess resource="monitoringReport" label="monitoringReport.title" />} />
            )}
          </CustomRoutes>,
        ];
      }}
    </Admin>
  );
}
