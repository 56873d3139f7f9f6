import UploadFileIcon from '@mui/icons-material/UploadFile';
import { CreateButton, ExportButton, FilterButton, TopToolbar, usePermissions } from 'react-admin';
import { canDo } from '../../providers/auth-provider.js';

/** The list's toolbar: filters, the import page (for roles that may import) and export. */
export function ClaimListActions() {
  const { permissions } = usePermissions();
  return (
    <TopToolbar>
      <FilterButton />
      {canDo(permissions, 'importClaims') && <CreateButton label="hub.claimsImport.button" icon={<UploadFileIcon />} />}
      <ExportButton />
    </TopToolbar>
  );
}
