import { TextInput, required, useRedirect } from 'react-admin';
import { ActionButton } from '../../common/ActionButton.js';
import { parseYuanToFen } from '../../common/money.js';
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
const fen = (v: unknown) => (v === undefined || v === null || v === '' ? null : parseYuanToFen(String(v)));
const yuan = (value: unknown) =>
  value === undefined || value === null || value === '' || parseYuanToFen(String(value)) !== null
    ? undefined
    : 'ra.validation.number';

function NoteInput({ label }: { label: string }) {
  return <TextInput source="note" label={label} validate={required()} multiline minRows={3} fullWidth />;
}

/**
 * One button per step the viewer may take now: the server lists them in `allowedActions`
 * (state, role, partner entrustment), and checks them again on submit.
 */
export function StepActions() {
  const redirect = useRedirect();
  return (
    <>
      <ActionButton<HitRecord>
        label="enums.RuleHitAction.REVIEW"
        capability="reviewRuleHits"
        applies={allows('REVIEW')}
        mutation={ReviewRuleHit}
        recordName={name}
        input={(v, r) => ({ ruleHitId: r.id, note: note(v) })}
      >
        <NoteInput label="hub.review.note" />
      </ActionButton>
      <ActionButton<HitRecord>
        label="enums.RuleHitAction.REEXAMINE"
        capability="reviewRuleHits"
        applies={allows('REEXAMINE')}
        mutation={ReexamineRuleHit}
        recordName={name}
        input={(v, r) => ({ ruleHitId: r.id, note: note(v) })}
      >
        <NoteInput label="hub.review.note" />
      </ActionButton>
      <ActionButton<HitRecord>
        label="enums.RuleHitAction.ANSWER"
        capability="answerRuleHits"
        applies={allows('ANSWER')}
        mutation={AnswerRuleHit}
        recordName={name}
        input={(v, r) => ({ ruleHitId: r.id, note: note(v) })}
      >
        <NoteInput label="hub.review.statement" />
      </ActionButton>
      <ActionButton<HitRecord>
        label="enums.RuleHitAction.INVESTIGATE"
        capability="handleRuleHits"
        applies={allows('INVESTIGATE')}
        mutation={InvestigateRuleHit}
        recordName={name}
        input={(v, r) => ({ ruleHitId: r.id, note: note(v), violatingAmountFen: fen(v.violatingAmount) })}
      >
        <NoteInput label="hub.review.result" />
        <TextInput source="violatingAmount" label="hub.review.violatingAmount" validate={yuan} />
      </ActionButton>
      <ActionButton<HitRecord>
        label="enums.RuleHitAction.CONFIRM"
        capability="handleRuleHits"
        applies={allows('CONFIRM')}
        mutation={ConfirmRuleHits}
        recordName={name}
        input={(v, r) => ({
          items: [{ ruleHitId: r.id, violatingAmountFen: fen(v.violatingAmount) }],
          note: note(v),
        })}
        onDone={(data) => {
          const out = data.confirmRuleHits as { confirmed?: { finding: { id: string } }[] } | undefined;
          const finding = out?.confirmed?.[0]?.finding;
          if (finding) redirect('show', 'findings', finding.id);
        }}
      >
        <NoteInput label="hub.review.decision" />
        <TextInput source="violatingAmount" label="hub.review.violatingAmount" validate={yuan} />
      </ActionButton>
      <ActionButton<HitRecord>
        label="enums.RuleHitAction.DISMISS"
        capability="handleRuleHits"
        applies={allows('DISMISS')}
        mutation={DismissRuleHit}
        recordName={name}
        color="warning"
        input={(v, r) => ({ ruleHitId: r.id, note: note(v) })}
      >
        <NoteInput label="hub.review.reason" />
      </ActionButton>
    </>
  );
}
