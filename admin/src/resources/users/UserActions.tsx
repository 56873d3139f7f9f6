import { SelectInput, TextInput, required, useRecordContext } from 'react-admin';
import { ActionButton } from '../../common/ActionButton.js';
import { enumChoices } from '../../common/fields.js';
import { INSURER_ROLES } from './input.js';
import { ChangeUserRole, DisableUser, EnableUser } from './mutations.js';

type UserRecord = { id: string; username: string; role: string; disabledAt?: string | null };

const text = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null);
const reasonInput = <TextInput source="reason" label="hub.access.statusReason" fullWidth multiline />;

/**
 * 停用账户: the person cannot log in and their sessions end at once (user-status.ts). Shown to
 * those who manage access, on an account that is not disabled; the hub refuses an admin's own
 * account and one outside their insurer with a message the dialog shows.
 */
export function DisableUserButton() {
  return (
    <ActionButton<UserRecord>
      label="hub.access.disableUser"
      capability="manageAccess"
      applies={(r) => !r.disabledAt}
      recordName={(r) => r.username}
      mutation={DisableUser}
      defaultValues={() => ({ reason: '' })}
      input={(v, r) => ({ id: r.id, reason: text(v.reason) })}
      warning="hub.access.disableUserWarning"
      color="error"
    >
      {reasonInput}
    </ActionButton>
  );
}

/** 启用账户: a disabled account may log in again (its old sessions stay ended, a lock is lifted). */
export function EnableUserButton() {
  return (
    <ActionButton<UserRecord>
      label="hub.access.enableUser"
      capability="manageAccess"
      applies={(r) => !!r.disabledAt}
      recordName={(r) => r.username}
      mutation={EnableUser}
      defaultValues={() => ({ reason: '' })}
      input={(v, r) => ({ id: r.id, reason: text(v.reason) })}
      warning="hub.access.enableUserWarning"
    >
      {reasonInput}
    </ActionButton>
  );
}

/**
 * 变更角色: only among an insurer's admin, auditor and viewer (another binding is another
 * account, change-user-role.ts), so the button is absent on provider staff and platform admins
 * and the choices leave out the role the account already holds.
 */
export function ChangeUserRoleButton() {
  const record = useRecordContext<UserRecord>();
  const others = INSURER_ROLES.filter((role) => role !== record?.role);
  return (
    <ActionButton<UserRecord>
      label="hub.access.changeRole"
      capability="manageAccess"
      applies={(r) => INSURER_ROLES.includes(r.role)}
      recordName={(r) => r.username}
      mutation={ChangeUserRole}
      defaultValues={() => ({ role: others[0], reason: '' })}
      input={(v, r) => ({ id: r.id, role: v.role, reason: text(v.reason) })}
      warning="hub.access.changeRoleWarning"
    >
      <SelectInput
        source="role"
        label="hub.access.newRole"
        choices={enumChoices('Role', others)}
        validate={required()}
        fullWidth
      />
      {reasonInput}
    </ActionButton>
  );
}
