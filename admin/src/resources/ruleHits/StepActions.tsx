import { TextInput, required, useRedirect } from 'react-admin';
import type { DocumentNode } from 'graphql';
import { ActionButton } from '../../common/ActionButton.js';
import { optionalYuanToFen, validateYuan } from '../../common/money.js';
import {
  AnswerRuleHit,
  ConfirmRuleHits,
  DismissRuleHit,
  InvestigateRuleHit,
  ReexamineRuleHit,
  ReviewRuleHit,
} from './mutations.js';

type HitRecord = { id: string; claimRef: string; allowedActions: string[] };

const allows = (action: string) => (r: HitRecord) => r.allowedActions?.includes(action) ?? false;
const name = (r: HitRecord) => r.claimRef;
const note = (v: Record<string, unknown>) => (typeof v.note === 'string' ? v.note.trim() : '');

function NoteInput({ label }: { label: string }) {
  return <TextInput source="note" label={label} validate={required()} multiline minRows={3} fullWidth />;
}

/** A step whose only input is the handler's note (review, re-examination, statement, dismissal). */
function NoteStep(props: {
  action: string;
  capability: string;
  mutation: DocumentNode;
  noteLabel: string;
  color?: 'warning';
}) {
  return (
    <ActionButton<HitRecord>
      label={`enums.RuleHitAction.${props.action}`}
      capability={props.capability}
      applies={allows(props.action)}
      mutation={props.mutation}
      recordName={name}
      color={props.color}
      input={(v, r) => ({ ruleHitId: r.id, note: note(v) })}
    >
      <NoteInput label={props.noteLabel} />
    </ActionButton>
  );
}

/**
 * One button per step the viewer may take now: the server lists them in `allowedActions`
 * (state, role, partner entrustment), and checks them again on submit.
 */
export function StepActions() {
  const redirect = useRedirect();
  return (
    <>
      <NoteStep
        action="REVIEW"
        capability="reviewRuleHits"
        mutation={ReviewRuleHit}
        noteLabel="hub.review.note"
      />
      <NoteStep
        action="REEXAMINE"
        capability="reviewRuleHits"
        mutation={ReexamineRuleHit}
        noteLabel="hub.review.note"
      />
      <NoteStep
        action="ANSWER"
        capability="answerRuleHits"
        mutation={AnswerRuleHit}
        noteLabel="hub.review.statement"
      />
      <ActionButton<HitRecord>
        label="enums.RuleHitAction.INVESTIGATE"
        capability="handleRuleHits"
        applies={allows('INVESTIGATE')}
        mutation={InvestigateRuleHit}
        recordName={name}
        input={(v, r) => ({
          ruleHitId: r.id,
          note: note(v),
          violatingAmountFen: optionalYuanToFen(v.violatingAmount),
        })}
      >
        <NoteInput label="hub.review.result" />
        <TextInput source="violatingAmount" label="hub.review.violatingAmount" validate={validateYuan} />
      </ActionButton>
      <ActionButton<HitRecord>
        label="enums.RuleHitAction.CONFIRM"
        capability="handleRuleHits"
        applies={allows('CONFIRM')}
        mutation={ConfirmRuleHits}
        recordName={name}
        input={(v, r) => ({
          items: [{ ruleHitId: r.id, violatingAmountFen: optionalYuanToFen(v.violatingAmount) }],
          note: note(v),
        })}
        onDone={(data) => {
          const out = data.confirmRuleHits as { confirmed?: { finding: { id: string } }[] } | undefined;
          const finding = out?.confirmed?.[0]?.finding;
          if (finding) redirect('show', 'findings', finding.id);
        }}
      >
        <NoteInput label="hub.review.decision" />
        <TextInput source="violatingAmount" label="hub.review.violatingAmount" validate={validateYuan} />
      </ActionButton>
      <NoteStep
        action="DISMISS"
        capability="handleRuleHits"
        mutation={DismissRuleHit}
        noteLabel="hub.review.reason"
        color="warning"
      />
    </>
  );
}
