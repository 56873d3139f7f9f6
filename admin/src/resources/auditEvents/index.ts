import type { ResourceProps } from 'react-admin';
import HistoryIcon from '@mui/icons-material/History';
import { lazyScreen } from '../../common/lazy-screen.js';

const AuditLog = lazyScreen(() => import('./AuditLog.js'), 'AuditLog');

/** The audit log has its own live view (not a paged react-admin list): no data-provider mapping. */
export const auditEventsView: ResourceProps = { name: 'auditEvents', icon: HistoryIcon, list: AuditLog };
