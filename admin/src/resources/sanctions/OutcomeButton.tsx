import { RadioButtonGroupInput, TextInput, required } from 'react-admin';
import { ActionButton } from '../../common/ActionButton.js';
import { enumChoices } from '../../common/fields.js';
import { RecordReferralOutcome } from './mutations.js';

type ReferralRecord = { id: string; version: number; documentRef: string; outcome: string };

/** The receiving authority's answer: PENDING → ACCEPTED / DECLINED / CONCLUDED, ACCEPTED → CONCLUDED. */
export function OutcomeButton() {
  return (
    <ActionButton<ReferralRecord>
      label="resources.referrals.actions.recordOutcome"
      capability="decidePenalties"
      applies={(r) => r.outcome === 'PENDING' || r.outcome === 'ACCEPTED'}
      recordName={(r) => r.documentRef}
      mutation={RecordReferralOutcome}
      defaultValues={(r) => ({ outcome: r.outcome === 'ACCEPTED' ? 'CONCLUDED' : 'ACCEPTED' })}
      input={(v, r) => ({
        id: r.id,
        expectedVersion: r.version,
        outcome: v.outcome,
        note: typeof v.note === 'string' && v.note.trim() ? v.note.trim() : null,
      })}
    >
      <RadioButtonGroupInput
        source="outcome"
        label="resources.referrals.fields.outcome"
        choices={enumChoices('ReferralOutcomeChoice', ['ACCEPTED', 'DECLINED', 'CONCLUDED'])}
        validate={required()}
      />
      <TextInput source="note" label="resources.referrals.fields.outcomeNote" multiline fullWidth />
    </ActionButton>
  );
}
