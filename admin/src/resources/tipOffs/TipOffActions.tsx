import { Alert } from '@mui/material';
import {
  RadioButtonGroupInput,
  TextInput,
  required,
  useLocale,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { ActionButton } from '../../common/ActionButton.js';
import { enumChoices } from '../../common/fields.js';
import { formatFen, parseYuanToFen, validateYuan } from '../../common/money.js';
import { AssigneeInputs } from './AssigneeInputs.js';
import { ApproveTipOffReward, AssignTipOff, PayTipOffReward, VerifyTipOff } from './mutations.js';

type TipOffRecord = {
  id: string;
  number: string;
  status: string;
  version: number;
  rewardKind: string | null;
  rewardFen: number | null;
  verifiedAmountFen: number | null;
};

const text = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null);
const step = (r: TipOffRecord) => ({ id: r.id, expectedVersion: r.version });

/** The reward computed at verification (reward rule in server/domain/tip-offs/reward.ts). */
function Reward() {
  const record = useRecordContext<TipOffRecord>();
  const translate = useTranslate();
  const locale = useLocale();
  if (!record) return null;
  return (
    <Alert severity="info" sx={{ mb: 2 }} data-testid="tip-off-reward">
      {translate('resources.tipOffs.fields.verifiedAmountFen')}:{' '}
      <strong>{formatFen(record.verifiedAmountFen, locale)}</strong> ·{' '}
      {record.rewardKind ? translate(`enums.RewardKind.${record.rewardKind}`) : '—'}:{' '}
      <strong>{formatFen(record.rewardFen, locale)}</strong>
    </Alert>
  );
}

/**
 * The money reward approved: the maximum computed at verification is a ceiling (不高于1%), so the
 * approver may grant less; empty approves the maximum. A commendation carries no money.
 */
function RewardAmountInput({ kind }: { kind: string | null | undefined }) {
  // The dialog's form has a record of its own: the tip-off's reward kind comes from the page.
  // `reward` (yuan) is where the API's `rewardFen` refusals land (admin/src/providers/data/errors.ts).
  if (kind !== 'MONETARY') return null;
  return (
    <TextInput
      source="reward"
      label="resources.tipOffs.fields.rewardAmountYuan"
      helperText="resources.tipOffs.help.rewardAmount"
      validate={validateYuan}
      fullWidth
    />
  );
}

/** Assign, verify, approve the reward, record its payment: each in the state the workflow allows. */
export function TipOffActions() {
  const record = useRecordContext<TipOffRecord>();
  return (
    <>
      <ActionButton<TipOffRecord>
        label="resources.tipOffs.actions.assign"
        capability="manageSupervision"
        applies={(r) => r.status === 'RECEIVED' || r.status === 'INVESTIGATING'}
        mutation={AssignTipOff}
        defaultValues={() => ({ assigneeKind: 'PARTNER' })}
        input={(v, r) => ({
          ...step(r),
          assigneeUserId: v.assigneeKind === 'STAFF' ? text(v.assigneeUserId) : null,
          assigneePartnerId: v.assigneeKind === 'STAFF' ? null : text(v.assigneePartnerId),
          investigationDueOn: v.investigationDueOn || null,
        })}
      >
        <AssigneeInputs tipOffId={record?.id} />
      </ActionButton>
      <ActionButton<TipOffRecord>
        label="resources.tipOffs.actions.verify"
        capability="manageSupervision"
        applies={(r) => r.status === 'INVESTIGATING'}
        mutation={VerifyTipOff}
        defaultValues={() => ({ outcome: 'VERIFIED' })}
        input={(v, r) => ({
          ...step(r),
          outcome: v.outcome,
          verifiedAmountFen: text(v.verifiedAmount) ? parseYuanToFen(String(v.verifiedAmount)) : null,
        })}
      >
        <RadioButtonGroupInput
          source="outcome"
          label="resources.tipOffs.fields.outcome"
          choices={enumChoices('TipOffOutcome', ['VERIFIED', 'UNFOUNDED'])}
          validate={required()}
        />
        <TextInput
          source="verifiedAmount"
          label="resources.tipOffs.fields.verifiedAmountYuan"
          helperText="resources.tipOffs.help.verifiedAmount"
          validate={validateYuan}
          fullWidth
        />
      </ActionButton>
      <ActionButton<TipOffRecord>
        label="resources.tipOffs.actions.approveReward"
        capability="decidePenalties"
        applies={(r) => r.status === 'VERIFIED'}
        mutation={ApproveTipOffReward}
        input={(v, r) => ({
          ...step(r),
          rewardFen: text(v.reward) ? parseYuanToFen(String(v.reward)) : null,
        })}
        summary={<Reward />}
      >
        <RewardAmountInput kind={record?.rewardKind} />
      </ActionButton>
      <ActionButton<TipOffRecord>
        label="resources.tipOffs.actions.payReward"
        capability="decidePenalties"
        applies={(r) => r.status === 'REWARD_APPROVED'}
        mutation={PayTipOffReward}
        input={(v, r) => ({ ...step(r), paymentRef: text(v.paymentRef) ?? '' })}
        summary={<Reward />}
      >
        <TextInput
          source="paymentRef"
          label="resources.tipOffs.fields.rewardPaymentRef"
          validate={required()}
          fullWidth
        />
      </ActionButton>
    </>
  );
}
