import { BooleanField, FunctionField, Show, SimpleShowLayout, TextField, TopToolbar } from 'react-admin';
import { EnumField, NameField, RecordName } from '../../common/fields.js';
import { DateField } from '../../common/DateField.js';
import { AuditLink } from '../../common/AuditLink.js';

/**
 * One rule with its parameters as the engine reads them. The API offers no mutation to tune
 * parameters yet, so they are shown, not edited.
 */
export function AuditRuleShow() {
  return (
    <Show
      title={<RecordName />}
      actions={
        <TopToolbar>
          <AuditLink />
        </TopToolbar>
      }
    >
      <SimpleShowLayout>
        <TextField source="code" />
        <TextField source="nameZh" />
        <TextField source="nameEn" />
        <EnumField source="kind" enumName="RuleKind" chip />
        <EnumField source="stages" enumName="RuleStage" />
        <BooleanField source="blocking" />
        <EnumField source="judgementLevel" enumName="JudgementLevel" />
        <TextField source="ruleKey" emptyText="—" />
        <TextField source="entryCount" />
        <NameField source="violationType" />
        <FunctionField
          source="parameters"
          render={(r: { parameters?: unknown }) => (
            <pre data-testid="rule-parameters" style={{ margin: 0 }}>
              {JSON.stringify(r.parameters ?? {}, null, 2)}
            </pre>
          )}
        />
        <BooleanField source="active" />
        <TextField source="version" />
        <DateField source="createdAt" showTime />
      </SimpleShowLayout>
    </Show>
  );
}
