import { Show, SimpleShowLayout, TextField, TopToolbar } from 'react-admin';
import { DateField } from '../../common/DateField.js';
import { EnumField, NameField } from '../../common/fields.js';
import { LiftBillingButton } from './LiftBillingButton.js';
import { SuspensionPenalties } from './SuspensionPenalties.js';

/** One physician's billing suspension: until when, the penalty behind it, and the early lift. */
export function BillingSuspensionShow() {
  return (
    <Show
      title="resources.billingSuspensions.name"
      actions={
        <TopToolbar>
          <LiftBillingButton />
        </TopToolbar>
      }
    >
      <SimpleShowLayout>
        <TextField source="code" />
        <TextField source="nameZh" />
        <TextField source="licenceNumber" />
        <EnumField source="status" enumName="PractitionerStatus" chip />
        <NameField source="primaryProvider" />
        <DateField source="billingSuspendedUntil" />
        <SuspensionPenalties source="penalties" label="resources.billingSuspensions.fields.penalties" />
      </SimpleShowLayout>
    </Show>
  );
}
