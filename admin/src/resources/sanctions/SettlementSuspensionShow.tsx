import { Show, SimpleShowLayout, TextField, TopToolbar } from 'react-admin';
import { DateField } from '../../common/DateField.js';
import { NameField } from '../../common/fields.js';
import { LiftSettlementButton } from './LiftSettlementButton.js';
import { SuspensionPenalties } from './SuspensionPenalties.js';

/** One insured person's suspension: until when, the penalty behind it, and the early lift. */
export function SettlementSuspensionShow() {
  return (
    <Show
      title="resources.settlementSuspensions.name"
      actions={
        <TopToolbar>
          <LiftSettlementButton />
        </TopToolbar>
      }
    >
      <SimpleShowLayout>
        <TextField source="nameZh" />
        <TextField source="idNumber" />
        <NameField source="insurer" />
        <DateField source="settlementSuspendedUntil" />
        <SuspensionPenalties />
      </SimpleShowLayout>
    </Show>
  );
}
