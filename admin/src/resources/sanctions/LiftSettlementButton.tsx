import { useRedirect } from 'react-admin';
import { ActionButton } from '../../common/ActionButton.js';
import { DocumentRefInputs } from './DocumentRefInputs.js';
import { liftDocuments, mayRestoreSettlement } from './lift-input.js';
import { LiftSettlementSuspension } from './mutations.js';

type PersonRecord = { id: string; nameZh: string; settlementSuspendedUntil: string | null };
type Lifted = { liftSettlementSuspension?: { sanctionEnd?: { id: string } } };

/** Restores direct settlement, once the term has run, on the person's written request and pledge (an end event). */
export function LiftSettlementButton() {
  const redirect = useRedirect();
  return (
    <ActionButton<PersonRecord>
      label="resources.settlementSuspensions.actions.lift"
      capability="decidePenalties"
      applies={(r) => mayRestoreSettlement(r.settlementSuspendedUntil)}
      recordName={(r) => r.nameZh}
      mutation={LiftSettlementSuspension}
      warning="resources.settlementSuspensions.help.lift"
      input={(v, r) => ({ insuredPersonId: r.id, ...liftDocuments(v) })}
      onDone={(data) => {
        const id = (data as Lifted).liftSettlementSuspension?.sanctionEnd?.id;
        if (id) redirect('show', 'sanctionEnds', id);
      }}
    >
      <DocumentRefInputs />
    </ActionButton>
  );
}
