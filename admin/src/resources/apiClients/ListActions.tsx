import { CreateButton, TopToolbar, usePermissions } from 'react-admin';
import { canDo } from '../../providers/auth-provider.js';

export function ListActions() {
  const { permissions } = usePermissions();
  return <TopToolbar>{canDo(permissions, 'manageAccess') ? <CreateButton /> : null}</TopToolbar>;
}
