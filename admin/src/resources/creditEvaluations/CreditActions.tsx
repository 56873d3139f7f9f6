import { TextInput, required, useRedirect } from 'react-admin';
import { ActionButton } from '../../common/ActionButton.js';
import { AdjustCreditGrade, ComputeCreditGrade } from './mutations.js';

type Named = { id: string } | null;
type EvaluationRecord = {
  id: string;
  version: number;
  year: number;
  score: string;
  subjectType: 'PROVIDER' | 'PARTNER' | 'PHYSICIAN';
  provider: Named;
  partner: Named;
  physician: Named;
};
type Evaluated = { computeCreditGrade?: { evaluation?: { id: string } } };

const subjectId = (r: EvaluationRecord) => (r.provider ?? r.partner ?? r.physician)?.id ?? '';

/** Recompute from the year's record (a new evaluation), or adjust this one with a reason. */
export function CreditActions() {
  const redirect = useRedirect();
  return (
    <>
      <ActionButton<EvaluationRecord>
        label="resources.creditEvaluations.actions.recompute"
        capability="manageSupervision"
        applies={(r) => !!subjectId(r)}
        recordName={(r) => String(r.year)}
        mutation={ComputeCreditGrade}
        input={(_v, r) => ({ subjectType: r.subjectType, subjectId: subjectId(r), year: r.year })}
        onDone={(data) => {
          const id = (data as Evaluated).computeCreditGrade?.evaluation?.id;
          if (id) redirect('show', 'creditEvaluations', id);
        }}
      />
      <ActionButton<EvaluationRecord>
        label="resources.creditEvaluations.actions.adjust"
        capability="decidePenalties"
        applies={() => true}
        recordName={(r) => String(r.year)}
        mutation={AdjustCreditGrade}
        defaultValues={(r) => ({ score: r.score })}
        input={(v, r) => ({
          id: r.id,
          expectedVersion: r.version,
          score: String(v.score ?? '').trim(),
          reason: String(v.reason ?? '').trim(),
        })}
      >
        <TextInput source="score" label="resources.creditEvaluations.fields.score" validate={required()} />
        <TextInput
          source="reason"
          label="resources.creditEvaluations.fields.adjustmentReason"
          validate={required()}
          multiline
          fullWidth
        />
      </ActionButton>
    </>
  );
}
