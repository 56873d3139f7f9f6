import { ArrayField, BooleanField, Datagrid, TextField } from 'react-admin';
import { DateField } from '../../common/DateField.js';
import { EnumField, MoneyField } from '../../common/fields.js';

/** Every step taken on the hit, oldest first, with whether it was taken after its due date. */
export function HitHistory() {
  return (
    <ArrayField source="history" label="hub.review.history">
      <Datagrid bulkActionButtons={false} rowClick={false} data-testid="hit-history">
        <DateField source="occurredAt" showTime label="resources.ruleHits.fields.handledAt" />
        <EnumField source="action" enumName="RuleHitAction" label="resources.ruleHits.fields.action" />
        <EnumField source="toStep" enumName="RuleHitStep" label="resources.ruleHits.fields.toStep" />
        <TextField source="note" label="resources.ruleHits.fields.note" />
        <MoneyField source="amountFen" label="resources.ruleHits.fields.amountFen" />
        <EnumField source="actorType" enumName="ActorType" label="resources.ruleHits.fields.actorType" />
        <BooleanField source="late" label="resources.ruleHits.fields.late" looseValue />
      </Datagrid>
    </ArrayField>
  );
}
