import { Alert, AlertTitle, Box, Button } from '@mui/material';
import LockIcon from '@mui/icons-material/Lock';
import { Link } from 'react-router-dom';
import { Title, usePermissions, useTranslate } from 'react-admin';
import type { Permissions } from '../providers/auth-provider.js';

/**
 * Shown at a create or edit URL the viewer's role may not use (resources/route-access.ts):
 * a plain statement instead of a form that only fails when saved.
 */
export function NoAccess({ resource, label }: { resource: string; label?: string }) {
  const translate = useTranslate();
  const { permissions } = usePermissions<Permissions>();
  const role = permissions?.role ? translate(`enums.Role.${permissions.role}`) : '';
  const name = label ? translate(label) : translate(`resources.${resource}.name`, { smart_count: 2 });
  return (
    <Box sx={{ p: 2 }} data-testid="no-access">
      <Title title={translate('console.noAccess.title')} />
      <Alert severity="warning" icon={<LockIcon />}>
        <AlertTitle>{translate('console.noAccess.title')}</AlertTitle>
        {translate('console.noAccess.body', { role, resource: name })}
      </Alert>
      <Button component={Link} to={label ? '/' : `/${resource}`} sx={{ mt: 2 }}>
        {translate('console.noAccess.back')}
      </Button>
    </Box>
  );
}
