import { RadioButtonGroupInput, required } from 'react-admin';
import { ActionButton } from '../../common/ActionButton.js';
import { enumChoices } from '../../common/fields.js';
import { RecordDocumentDelivery } from './mutations.js';

type DocumentRecord = { id: string; version: number; documentRef: string; deliveryStatus: string };

/** Records the notice's delivery: DISPATCHED → DELIVERED or RETURNED. */
export function DeliveryButton() {
  return (
    <ActionButton<DocumentRecord>
      label="resources.dispatchedDocuments.actions.recordDelivery"
      capability="decidePenalties"
      applies={(r) => r.deliveryStatus === 'DISPATCHED'}
      recordName={(r) => r.documentRef}
      mutation={RecordDocumentDelivery}
      defaultValues={() => ({ deliveryStatus: 'DELIVERED' })}
      input={(v, r) => ({ id: r.id, expectedVersion: r.version, deliveryStatus: v.deliveryStatus })}
    >
      <RadioButtonGroupInput
        source="deliveryStatus"
        label="resources.dispatchedDocuments.fields.deliveryStatus"
        choices={enumChoices('DeliveryOutcome', ['DELIVERED', 'RETURNED'])}
        validate={required()}
      />
    </ActionButton>
  );
}
