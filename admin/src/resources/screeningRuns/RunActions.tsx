import { ActionButton } from '../../common/ActionButton.js';
import { CancelScreeningRun, ResumeScreeningRun } from './mutations.js';
import { isLive } from './start-input.js';

type RunRecord = { id: string; status: string; periodFrom: string };

const name = (r: RunRecord) => r.periodFrom.slice(0, 7);

/** Cancel a moving run; resume a cancelled or failed one (its finished chunks are kept). */
export function RunActions() {
  return (
    <>
      <ActionButton<RunRecord>
        label="hub.monitoring.cancel"
        capability="manageMonitoring"
        applies={(r) => isLive(r.status)}
        mutation={CancelScreeningRun}
        input={(_v, r) => ({ id: r.id })}
        recordName={name}
        color="error"
      />
      <ActionButton<RunRecord>
        label="hub.monitoring.resume"
        capability="manageMonitoring"
        applies={(r) => r.status === 'CANCELLED' || r.status === 'FAILED'}
        mutation={ResumeScreeningRun}
        input={(_v, r) => ({ id: r.id })}
        recordName={name}
      />
    </>
  );
}
