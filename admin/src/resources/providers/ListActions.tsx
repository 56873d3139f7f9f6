import { CreateButton, FilterButton, TopToolbar, usePermissions } from 'react-admin';
import { canDo } from '../../providers/auth-provider.js';

/**
 * A new provider comes from a designation decision, not from a blank form (admission/README.md):
 * "New provider" opens the paper-application form, for agency staff who may enter one.
 */
export function ListActions() {
  const { permissions } = usePermissions<{ role?: string }>();
  const agency = permissions?.role !== 'PROVIDER_STAFF';
  return (
    <TopToolbar>
      <FilterButton />
      {agency && canDo(permissions, 'applyForDesignation') ? (
        <CreateButton resource="designationApplications" label="resources.designationApplications.apply.newProvider" />
      ) : null}
    </TopToolbar>
  );
}
