import { RecordContextProvider, useRedirect } from 'react-admin';
import { ActionButton } from '../../common/ActionButton.js';
import { ComputeCreditGrade } from './mutations.js';
import { SubjectInputs } from './SubjectInputs.js';
import { localDay } from '../../common/format.js';

type Evaluated = { computeCreditGrade?: { evaluation?: { id: string } } };

/** Grades a subject for a year by the published standard; opens the new evaluation. */
export function ComputeButton() {
  const redirect = useRedirect();
  return (
    // The list has no record of its own: the dialog works on a new evaluation.
    <RecordContextProvider value={{ id: 'new' }}>
      <ActionButton
        label="resources.creditEvaluations.actions.compute"
        capability="manageSupervision"
        applies={() => true}
        recordName={() => ''}
        mutation={ComputeCreditGrade}
        defaultValues={() => ({ subjectType: 'PROVIDER', year: Number(localDay().slice(0, 4)) - 1 })}
        input={(v) => ({
          subjectType: v.subjectType,
          subjectId: typeof v.subjectId === 'string' ? v.subjectId : '',
          year: Number(v.year),
        })}
        onDone={(data) => {
          const id = (data as Evaluated).computeCreditGrade?.evaluation?.id;
          if (id) redirect('show', 'creditEvaluations', id);
        }}
      >
        <SubjectInputs />
      </ActionButton>
    </RecordContextProvider>
  );
}
