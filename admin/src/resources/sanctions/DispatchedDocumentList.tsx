import { Datagrid, List, TextField } from 'react-admin';
import { DateField } from '../../common/DateField.js';
import { EmptyState } from '../../common/EmptyState.js';
import { EnumField } from '../../common/fields.js';
import { PenaltyLink } from './PenaltyLink.js';

/** 抄告: notices sent to the health authority about physicians' suspensions, with delivery. */
export function DispatchedDocumentList() {
  return (
    <List empty={<EmptyState />} sort={{ field: 'dispatchedAt', order: 'DESC' }}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="documentRef" sortable={false} />
        <EnumField source="kind" enumName="DocumentKind" sortable={false} />
        <TextField source="recipient" sortable={false} />
        <DateField source="dispatchedAt" showTime sortable={false} />
        <EnumField source="deliveryStatus" enumName="DeliveryStatus" chip sortable={false} />
        <DateField source="deliveredAt" showTime sortable={false} />
        <PenaltyLink label="resources.dispatchedDocuments.fields.penalty" sortable={false} />
      </Datagrid>
    </List>
  );
}
