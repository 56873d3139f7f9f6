import { ArrayField, Datagrid } from 'react-admin';
import { DateField } from '../../common/DateField.js';
import { EnumField } from '../../common/fields.js';

const field = (name: string) => `resources.settlementSuspensions.fields.${name}`;

/**
 * Every settlement suspension of the person, latest first: the current one and those restored
 * or reversed before it. A claim is judged against the one in force on its visit day, so a clerk
 * answering a refused claim needs the earlier ones too, not only the latest term. `source` and
 * `label` are for the show layout around it, which names and labels a field by its own props.
 */
export function SettlementSuspensionHistory(_props: { source: 'settlementSuspensions'; label: string }) {
  return (
    <ArrayField source="settlementSuspensions">
      <Datagrid bulkActionButtons={false} rowClick={false} empty={<span>—</span>}>
        <DateField source="suspendedFrom" label={field('suspendedFrom')} sortable={false} />
        <DateField source="suspendedUntil" label={field('suspendedUntil')} sortable={false} />
        <EnumField source="scope" enumName="InsuredSuspensionScope" label={field('scope')} sortable={false} />
        <DateField source="restoredOn" label={field('restoredOn')} sortable={false} />
        <DateField source="reversedOn" label={field('reversedOn')} sortable={false} />
      </Datagrid>
    </ArrayField>
  );
}
