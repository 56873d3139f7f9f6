import { Menu, usePermissions } from 'react-admin';
import AssessmentIcon from '@mui/icons-material/Assessment';
import { canDo } from '../providers/auth-provider.js';

/** The URL of the monthly monitoring report page (a custom route, not a resource). */
export const MONITORING_REPORT_PATH = '/monitoring-report';

/** react-admin's menu (dashboard, then the resources) with the monthly report for monitoring staff. */
export function HubMenu() {
  const { permissions } = usePermissions();
  return (
    <Menu>
      <Menu.DashboardItem />
      <Menu.ResourceItems />
      {canDo(permissions, 'manageMonitoring') ? (
        <Menu.Item
          to={MONITORING_REPORT_PATH}
          primaryText="monitoringReport.menu"
          leftIcon={<AssessmentIcon />}
          data-testid="menu-monitoring-report"
        />
      ) : null}
    </Menu>
  );
}
