import { ArrayField, Datagrid, NumberField, TextField } from 'react-admin';
import { EnumField } from '../../common/fields.js';

/**
 * The penalties that set the suspension (execution of a suspension measure sets its end date).
 * `source` and `label` are for the show layout around it, which labels a field by its own props.
 */
export function SuspensionPenalties(_props: { source: 'penalties'; label: string }) {
  return (
    <ArrayField source="penalties">
      <Datagrid
        bulkActionButtons={false}
        rowClick={(_id, _r, record) => `/penalties/${encodeURIComponent(String(record.id))}/show`}
      >
        <TextField source="number" label="resources.penalties.fields.number" />
        <EnumField source="measure" enumName="PenaltyMeasure" label="resources.penalties.fields.measure" />
        <EnumField source="status" enumName="PenaltyStatus" label="resources.penalties.fields.status" />
        <NumberField
          source="durationMonths"
          label="resources.penalties.fields.durationMonths"
          emptyText="—"
        />
      </Datagrid>
    </ArrayField>
  );
}
