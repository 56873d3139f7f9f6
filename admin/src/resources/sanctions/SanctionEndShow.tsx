import { Show, SimpleShowLayout, TextField } from 'react-admin';
import { DateField } from '../../common/DateField.js';
import { EnumField } from '../../common/fields.js';

/** One end of a suspension, with the documents it was lifted on. */
export function SanctionEndShow() {
  return (
    <Show title="resources.sanctionEnds.name">
      <SimpleShowLayout>
        <EnumField source="kind" enumName="SanctionKind" />
        <EnumField source="reason" enumName="SanctionEndReason" chip />
        <DateField source="suspendedUntil" />
        <DateField source="endedOn" />
        <TextField source="requestDocumentRef" emptyText="—" />
        <TextField source="pledgeDocumentRef" emptyText="—" />
        <TextField source="note" emptyText="—" />
        <DateField source="createdAt" showTime />
      </SimpleShowLayout>
    </Show>
  );
}
