import { Show, SimpleShowLayout, TextField, TopToolbar } from 'react-admin';
import { AuditLink } from '../../common/AuditLink.js';
import { DateField } from '../../common/DateField.js';
import { EnumField } from '../../common/fields.js';
import { DeliveryButton } from './DeliveryButton.js';
import { PenaltyLink } from './PenaltyLink.js';

/** One dispatched document and its delivery status. */
export function DispatchedDocumentShow() {
  return (
    <Show
      title="resources.dispatchedDocuments.name"
      actions={
        <TopToolbar>
          <DeliveryButton />
          <AuditLink />
        </TopToolbar>
      }
    >
      <SimpleShowLayout>
        <TextField source="documentRef" />
        <EnumField source="kind" enumName="DocumentKind" />
        <TextField source="recipient" />
        <DateField source="dispatchedAt" showTime />
        <EnumField source="deliveryStatus" enumName="DeliveryStatus" chip />
        <DateField source="deliveredAt" showTime />
        <PenaltyLink label="resources.dispatchedDocuments.fields.penalty" />
      </SimpleShowLayout>
    </Show>
  );
}
