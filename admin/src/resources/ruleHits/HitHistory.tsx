import { Typography } from '@mui/material';
import { ArrayField, BooleanField, Datagrid, TextField, useTranslate } from 'react-admin';
import { DateField } from '../../common/DateField.js';
import { EnumField, MoneyField } from '../../common/fields.js';

/**
 * Every step taken on the hit, oldest first, with whether it was taken after its due date. The
 * show layout labels it from the `label` given where it is placed.
 */
export function HitHistory(_props: { label: string }) {
  const translate = useTranslate();
  return (
    <ArrayField source="history">
      <Datagrid
        bulkActionButtons={false}
        rowClick={false}
        data-testid="hit-history"
        // Without it react-admin names the resource: "No Review queue found" for an untouched hit.
        empty={<Typography variant="body2">{translate('hub.empty')}</Typography>}
      >
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
