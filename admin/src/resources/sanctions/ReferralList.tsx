import { Datagrid, List, TextField } from 'react-admin';
import { DateField } from '../../common/DateField.js';
import { EmptyState } from '../../common/EmptyState.js';
import { EnumField } from '../../common/fields.js';
import { PenaltyLink } from './PenaltyLink.js';

/** 移送司法 / 联合惩戒: cases handed to another authority, and what became of them. */
export function ReferralList() {
  return (
    <List empty={<EmptyState />} sort={{ field: 'referredAt', order: 'DESC' }}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="documentRef" sortable={false} />
        <EnumField source="kind" enumName="ReferralKind" sortable={false} />
        <TextField source="receivingAuthority" sortable={false} />
        <DateField source="referredAt" showTime sortable={false} />
        <EnumField source="outcome" enumName="ReferralOutcome" chip sortable={false} />
        <DateField source="outcomeAt" showTime sortable={false} />
        <PenaltyLink label="resources.referrals.fields.penalty" sortable={false} />
      </Datagrid>
    </List>
  );
}
