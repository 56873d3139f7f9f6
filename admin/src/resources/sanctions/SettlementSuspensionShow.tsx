import { Show, SimpleShowLayout, TextField, TopToolbar } from 'react-admin';
import { DateField } from '../../common/DateField.js';
import { NameField } from '../../common/fields.js';
import { LiftSettlementButton } from './LiftSettlementButton.js';
import { SuspensionPenalties } from './SuspensionPenalties.js';
import { SettlementSuspensionHistory } from './SettlementSuspensionHistory.js';

/** One insured person's suspension: until when, the penalty behind it, the earlier ones, and the lift. */
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
        {/* Labelled here: the layout reads a field's label from the element, not from inside it. */}
        <SuspensionPenalties source="penalties" label="resources.settlementSuspensions.fields.penalties" />
        <SettlementSuspensionHistory
          source="settlementSuspensions"
          label="resources.settlementSuspensions.fields.settlementSuspensions"
        />
      </SimpleShowLayout>
    </Show>
  );
}
