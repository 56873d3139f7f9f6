import { FunctionField, ReferenceField, Show, SimpleShowLayout, TextField, TopToolbar, useLocale, useRecordContext } from 'react-admin';
import { Link as RouterLink } from 'react-router-dom';
import { Link, Typography } from '@mui/material';
import { AuditLink } from '../../common/AuditLink.js';
import { DateField } from '../../common/DateField.js';
import { EnumField, MoneyField, NameField } from '../../common/fields.js';
import { DueField } from './DueField.js';
import { HitHistory } from './HitHistory.js';
import { StepActions } from './StepActions.js';

/**
 * The settlement record the hit is on, linked to it in the claims list (found by its settlement
 * id: a hit names its claim by reference), so the clerk checking a hit reads the claim's lines
 * and every other rule it hit. An indicator's hit is on a month's figures, not on one claim.
 */
function ClaimRefField(_props: { label: string }) {
  const record = useRecordContext<{ claimRef: string; indicatorMetric?: string | null }>();
  if (!record) return null;
  if (record.indicatorMetric) return <Typography variant="body2">{record.claimRef}</Typography>;
  const filter = encodeURIComponent(JSON.stringify({ q: record.claimRef }));
  return (
    <Link component={RouterLink} to={`/claims?filter=${filter}`} variant="body2" data-testid="hit-claim">
      {record.claimRef}
    </Link>
  );
}

function HitTitle() {
  const record = useRecordContext<{ claimRef: string }>();
  return <span>{record?.claimRef}</span>;
}

/**
 * Why the rule flagged the claim (each offence it found), in the user's language. The label is
 * passed by the layout: SimpleShowLayout reads it from its direct child, not from this wrapper.
 */
function ExplanationField(_props: { label: string }) {
  const locale = useLocale();
  return (
    <FunctionField
      render={(r: { explanationZh?: string | null; explanationEn?: string | null }) =>
        (locale === 'en' ? r.explanationEn : r.explanationZh) ?? r.explanationZh ?? '—'
      }
    />
  );
}

/** One hit: where it stands, its due date, its history, and the steps the viewer may take. */
export function RuleHitShow() {
  return (
    <Show
      title={<HitTitle />}
      actions={
        <TopToolbar>
          <StepActions />
          <AuditLink />
        </TopToolbar>
      }
    >
      <SimpleShowLayout>
        <ClaimRefField label="resources.ruleHits.fields.claimRef" />
        <EnumField source="step" enumName="RuleHitStep" chip />
        <DueField label="resources.ruleHits.fields.dueAt" />
        <EnumField source="status" enumName="RuleHitStatus" />
        <TextField source="rule.code" label="resources.ruleHits.fields.rule" />
        <NameField source="rule" label="resources.ruleHits.fields.ruleName" />
        <EnumField source="stage" enumName="RuleStage" />
        <NameField source="provider" />
        <ReferenceField
          source="agreement.id"
          reference="agreements"
          label="resources.ruleHits.fields.agreement"
          link="show"
          emptyText="—"
        >
          <TextField source="number" />
        </ReferenceField>
        <MoneyField source="amountFen" />
        <ExplanationField label="resources.ruleHits.fields.explanation" />
        <TextField source="detail" emptyText="—" />
        <DateField source="occurredAt" showTime />
        <ReferenceField
          source="finding.id"
          reference="findings"
          label="resources.ruleHits.fields.finding"
          link="show"
          emptyText="—"
        >
          <TextField source="number" />
        </ReferenceField>
        <HitHistory label="hub.review.history" />
      </SimpleShowLayout>
    </Show>
  );
}
