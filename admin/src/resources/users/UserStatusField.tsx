import { Chip } from '@mui/material';
import { FunctionField, useTranslate } from 'react-admin';

/**
 * Whether the account may sign in, in words (the bare disabled-at time read as an empty cell
 * when active). Call sites pass `label`: show layouts and grids read it from their child's props.
 */
export function UserStatusField({ sortable }: { label: string; sortable?: boolean }) {
  const translate = useTranslate();
  return (
    <FunctionField
      source="disabledAt"
      label="hub.access.status"
      sortable={sortable}
      render={(r: { disabledAt?: string | null }) => (
        <Chip
          size="small"
          color={r.disabledAt ? 'default' : 'success'}
          variant={r.disabledAt ? 'outlined' : 'filled'}
          label={translate(r.disabledAt ? 'hub.access.disabled' : 'hub.access.active')}
        />
      )}
    />
  );
}
