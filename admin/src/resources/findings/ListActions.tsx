import { CreateButton, FilterButton, TopToolbar, usePermissions } from 'react-admin';
import { canDo } from '../../providers/auth-provider.js';
import { ExportButtons } from '../../common/export/ExportButtons.js';
import { findingExportColumns } from './export-columns.js';

/** "Record finding" only for users holding `recordFindings` (the server checks again). */
export function ListActions() {
  const { permissions } = usePermissions();
  return (
    <TopToolbar>
      <FilterButton />
      {canDo(permissions, 'recordFindings') ? <CreateButton label="hub.actions.recordFinding" /> : null}
      <ExportButtons columns={findingExportColumns} />
    </TopToolbar>
  );
}
