import { ArrayField, BooleanField, Datagrid, FunctionField, Show, SimpleShowLayout, TextField, TopToolbar } from 'react-admin';
import { EnumField, NameField, RecordName } from '../../common/fields.js';
import { DateField } from '../../common/DateField.js';
import { AuditLink } from '../../common/AuditLink.js';
import { TuneRuleButton } from './TuneRuleButton.js';

/**
 * One rule with its parameters as the engine reads them, the form that tunes them (each tuning
 * a new version) and every earlier version.
 */
export function AuditRuleShow() {
  return (
    <Show
      title={<RecordName />}
      actions={
        <TopToolbar>
          <TuneRuleButton />
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
        <ArrayField source="versions">
          <Datagrid bulkActionButtons={false} rowClick={false} data-testid="rule-versions">
            <TextField source="version" sortable={false} />
            <FunctionField
              source="parameters"
              sortable={false}
              render={(v: { parameters?: unknown }) => <code>{JSON.stringify(v.parameters ?? {})}</code>}
            />
            <EnumField source="judgementLevel" enumName="JudgementLevel" sortable={false} />
            <BooleanField source="blocking" sortable={false} />
            <BooleanField source="active" sortable={false} />
            <TextField source="note" sortable={false} emptyText="—" />
            <TextField source="actorName" sortable={false} emptyText="—" />
            <DateField source="createdAt" showTime sortable={false} />
          </Datagrid>
        </ArrayField>
      </SimpleShowLayout>
    </Show>
  );
}
