import { Datagrid, List, TextField } from 'react-admin';
import { DateField } from '../../common/DateField.js';
import { EmptyState } from '../../common/EmptyState.js';
import { EnumField, MoneyField, NameField } from '../../common/fields.js';
import { filters } from './filters.js';

/** 举报线索: the agency's queue of tip-offs with their investigation deadlines (never the reporter). */
export function TipOffList() {
  return (
    <List filters={filters} sort={{ field: 'receivedAt', order: 'DESC' }} empty={<EmptyState />}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="number" />
        <EnumField source="status" enumName="TipOffStatus" chip />
        <EnumField source="channel" enumName="TipOffChannel" sortable={false} />
        <NameField source="provider" sortable={false} />
        <TextField source="summary" sortable={false} />
        <DateField source="receivedAt" showTime />
        <DateField source="investigationDueOn" sortable={false} />
        <MoneyField source="verifiedAmountFen" sortable={false} />
        <MoneyField source="rewardFen" sortable={false} />
      </Datagrid>
    </List>
  );
}
