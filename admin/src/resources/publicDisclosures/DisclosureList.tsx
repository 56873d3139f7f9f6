import { Datagrid, List, TextField } from 'react-admin';
import { DateField } from '../../common/DateField.js';
import { EmptyState } from '../../common/EmptyState.js';
import { EnumField, MoneyField } from '../../common/fields.js';
import { LocalText } from '../../common/LocalText.js';

/** 曝光: what the insurer publishes at /public/ (institution data only). */
export function DisclosureList() {
  return (
    <List sort={{ field: 'publishedAt', order: 'DESC' }} empty={<EmptyState />}>
      <Datagrid bulkActionButtons={false} rowClick={false}>
        <EnumField source="kind" enumName="DisclosureKind" sortable={false} />
        <LocalText base="providerName" source="providerNameZh" label="resources.publicDisclosures.fields.providerNameZh" />
        <TextField source="violationsZh" sortable={false} />
        <EnumField source="measures" enumName="PenaltyMeasure" sortable={false} />
        <MoneyField source="amountFen" sortable={false} />
        <TextField source="creditGrade" sortable={false} emptyText="—" />
        <DateField source="decidedOn" sortable={false} />
        <DateField source="publishedAt" sortable={false} />
      </Datagrid>
    </List>
  );
}
