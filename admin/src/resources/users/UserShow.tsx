import { FunctionField, Show, SimpleShowLayout, TextField, TopToolbar } from 'react-admin';
import { localeName } from './locales.js';
import { DateField } from '../../common/DateField.js';
import { EnumField, NameField } from '../../common/fields.js';
import { AuditLink } from '../../common/AuditLink.js';
import { UserTitle } from './UserTitle.js';
import { ChangeUserRoleButton, DisableUserButton, EnableUserButton } from './UserActions.js';
import { UserStatusField } from './UserStatusField.js';

export function UserShow() {
  return (
    <Show
      title={<UserTitle />}
      actions={
        <TopToolbar>
          <ChangeUserRoleButton />
          <DisableUserButton />
          <EnableUserButton />
          <AuditLink />
        </TopToolbar>
      }
    >
      <SimpleShowLayout>
        <TextField source="username" />
        <TextField source="displayName" />
        <EnumField source="role" enumName="Role" />
        <NameField source="insurer" label="resources.users.fields.insurer" />
        <NameField source="provider" label="resources.users.fields.provider" />
        <FunctionField source="locale" render={(r: { locale?: string }) => localeName(r.locale)} />
        <UserStatusField label="hub.access.status" />
        <DateField source="lockedUntil" showTime />
        <DateField source="disabledAt" showTime />
        <DateField source="createdAt" showTime />
      </SimpleShowLayout>
    </Show>
  );
}
