import { useRedirect } from 'react-admin';
import { ActionButton } from '../../common/ActionButton.js';
import { useLocalName } from '../../common/fields.js';
import { DocumentRefInputs } from './DocumentRefInputs.js';
import { isRunning, liftDocuments } from './lift-input.js';
import { LiftBillingSuspension } from './mutations.js';

type PhysicianRecord = { id: string; nameZh: string; nameEn?: string; status: string; billingSuspendedUntil: string | null };
type Lifted = { liftBillingSuspension?: { sanctionEnd?: { id: string } } };

/** Restores a physician's billing right early on a written request and pledge. */
export function LiftBillingButton() {
  const redirect = useRedirect();
  const name = useLocalName();
  return (
    <ActionButton<PhysicianRecord>
      label="resources.billingSuspensions.actions.lift"
      capability="decidePenalties"
      applies={(r) => r.status === 'BILLING_SUSPENDED' && isRunning(r.billingSuspendedUntil)}
      recordName={name}
      mutation={LiftBillingSuspension}
      warning="resources.billingSuspensions.help.lift"
      input={(v, r) => ({ physicianId: r.id, ...liftDocuments(v) })}
      onDone={(data) => {
        const id = (data as Lifted).liftBillingSuspension?.sanctionEnd?.id;
        if (id) redirect('show', 'sanctionEnds', id);
      }}
    >
      <DocumentRefInputs />
    </ActionButton>
  );
}
