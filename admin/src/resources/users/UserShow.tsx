import { Show, SimpleShowLayout, TextField, TopToolbar } from 'react-admin';
import { DateField } from '../../common/DateField.js';
import { EnumField, NameField } from '../../common/fields.js';
import { AuditLink } from '../../common/AuditLink.js';
import { UserTitle } from './UserTitle.js';

export function UserShow() {
  return (
    <Show
      title={<UserTitle />}
      actions={
        <TopToolbar>
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
        <TextField source="locale" />
        <DateField source="lockedUntil" showTime />
        <DateField source="disabledAt" showTime />
        <DateField source="createdAt" showTime />
      </SimpleShowLayout>
    </Show>
  );
}
