import { SelectInput, TextInput, required, useRedirect } from 'react-admin';
import { ActionButton } from '../../common/ActionButton.js';
import { enumChoices } from '../../common/fields.js';
import { DispatchHealthAuthorityNotice, ReferCase } from '../sanctions/mutations.js';

type PenaltyRecord = { id: string; number: string; status: string; measure: string };

/** States in which a penalty is decided and may be notified or referred (sanctions/README.md). */
const DECIDED = ['ISSUED', 'UPHELD', 'REDUCED', 'EXECUTED', 'CLOSED'];
/** Which referral follows which measure (移送司法, 联合惩戒, 行政处罚), as the hub checks it. */
const REFERRAL_FOR: Record<string, string> = {
  JUDICIAL_REFERRAL: 'JUDICIAL',
  BLACKLIST: 'JOINT_PUNISHMENT',
  PUBLIC_DISCLOSURE: 'JOINT_PUNISHMENT',
  ADMINISTRATIVE_FINE_REFERRAL: 'ADMINISTRATIVE',
};
const text = (v: unknown) => (typeof v === 'string' ? v.trim() : '');

/** After a decided penalty: the notice to the health authority, or the referral to another authority. */
export function SanctionFollowUps() {
  const redirect = useRedirect();
  return (
    <>
      <ActionButton<PenaltyRecord>
        label="resources.dispatchedDocuments.actions.dispatch"
        capability="decidePenalties"
        applies={(r) => r.measure === 'PHYSICIAN_BILLING_SUSPENSION' && DECIDED.includes(r.status)}
        mutation={DispatchHealthAuthorityNotice}
        defaultValues={() => ({ recipient: '卫生健康委员会' })}
        input={(v, r) => ({
          penaltyId: r.id,
          recipient: text(v.recipient),
          documentRef: text(v.documentRef),
        })}
        onDone={(data) => {
          const id = (data.dispatchHealthAuthorityNotice as { document?: { id: string } } | undefined)
            ?.document?.id;
          if (id) redirect('show', 'dispatchedDocuments', id);
        }}
      >
        <TextInput
          source="recipient"
          label="resources.dispatchedDocuments.fields.recipient"
          validate={required()}
          fullWidth
        />
        <TextInput
          source="documentRef"
          label="resources.dispatchedDocuments.fields.documentRef"
          validate={required()}
          fullWidth
        />
      </ActionButton>
      <ActionButton<PenaltyRecord>
        label="resources.referrals.actions.refer"
        capability="decidePenalties"
        applies={(r) => !!REFERRAL_FOR[r.measure] && DECIDED.includes(r.status)}
        mutation={ReferCase}
        defaultValues={(r) => ({ kind: REFERRAL_FOR[r.measure] })}
        input={(v, r) => ({
          penaltyId: r.id,
          kind: v.kind,
          receivingAuthority: text(v.receivingAuthority),
          documentRef: text(v.documentRef),
        })}
        onDone={(data) => {
          const id = (data.referCase as { referral?: { id: string } } | undefined)?.referral?.id;
          if (id) redirect('show', 'referrals', id);
        }}
      >
        <SelectInput
          source="kind"
          label="resources.referrals.fields.kind"
          choices={enumChoices('ReferralKind', ['JUDICIAL', 'JOINT_PUNISHMENT', 'ADMINISTRATIVE'])}
          validate={required()}
        />
        <TextInput
          source="receivingAuthority"
          label="resources.referrals.fields.receivingAuthority"
          validate={required()}
          fullWidth
        />
        <TextInput
          source="documentRef"
          label="resources.referrals.fields.documentRef"
          validate={required()}
          fullWidth
        />
      </ActionButton>
    </>
  );
}
