import { Show, SimpleShowLayout, TextField, TopToolbar } from 'react-admin';
import { AuditLink } from '../../common/AuditLink.js';
import { DateField } from '../../common/DateField.js';
import { EnumField } from '../../common/fields.js';
import { OutcomeButton } from './OutcomeButton.js';
import { PenaltyLink } from './PenaltyLink.js';

/** One referral: the receiving authority, the document, and the outcome. */
export function ReferralShow() {
  return (
    <Show
      title="resources.referrals.name"
      actions={
        <TopToolbar>
          <OutcomeButton />
          <AuditLink />
        </TopToolbar>
      }
    >
      <SimpleShowLayout>
        <TextField source="documentRef" />
        <EnumField source="kind" enumName="ReferralKind" />
        <TextField source="receivingAuthority" />
        <DateField source="referredAt" showTime />
        <EnumField source="outcome" enumName="ReferralOutcome" chip />
        <TextField source="outcomeNote" emptyText="—" />
        <DateField source="outcomeAt" showTime />
        <PenaltyLink label="resources.referrals.fields.penalty" />
      </SimpleShowLayout>
    </Show>
  );
}
