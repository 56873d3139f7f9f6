import { BooleanInput, NumberInput, SelectInput, TextInput, useRecordContext } from 'react-admin';
import { ActionButton } from '../../common/ActionButton.js';
import { enumChoices } from '../../common/fields.js';
import { TuneRule } from './queries.js';

type Schema = { properties?: Record<string, { type?: string; minimum?: number; maximum?: number }> };
export type RuleRecord = {
  id: string;
  code: string;
  kind: string;
  version: number;
  ruleKey: string | null;
  parameters: Record<string, unknown> | null;
  parameterSchema: (Schema & { default?: Record<string, unknown> }) | null;
  judgementLevel: string;
  blocking: boolean;
  active: boolean;
};

const JUDGEMENT_LEVELS = ['CERTAIN', 'HIGHLY_SUSPECTED', 'SUSPECTED'];

/**
 * 调整参数: one form for the rule's parameters (one input per parameter its definition declares,
 * a list as comma-separated text), judgement level, blocking and enabled, and the reason. The
 * server checks every value against the rule's schema and names the field it refuses.
 */
export function TuneRuleButton() {
  // The dialog's form has a record of its own: the rule's schema is read here, outside it.
  const record = useRecordContext<RuleRecord>();
  return (
    <ActionButton<RuleRecord>
      label="hub.monitoring.tune"
      capability="manageMonitoring"
      applies={(r) => !!r.ruleKey && !!r.parameterSchema}
      mutation={TuneRule}
      recordName={(r) => r.code}
      defaultValues={(r) => ({
        parameters: { ...(r.parameterSchema?.default ?? {}), ...(r.parameters ?? {}) },
        judgementLevel: r.judgementLevel,
        blocking: r.blocking,
        active: r.active,
      })}
      input={(v, r) => ({
        ruleId: r.id,
        expectedVersion: r.version,
        parameters: v.parameters ?? {},
        judgementLevel: v.judgementLevel,
        blocking: r.kind === 'VIOLATION' ? v.blocking : undefined,
        active: v.active,
        note: v.note || undefined,
      })}
    >
      <ParameterInputs properties={record?.parameterSchema?.properties ?? {}} />
      <SelectInput source="judgementLevel" choices={enumChoices('JudgementLevel', JUDGEMENT_LEVELS)} fullWidth />
      {record?.kind === 'VIOLATION' ? <BooleanInput source="blocking" /> : null}
      <BooleanInput source="active" />
      <TextInput source="note" label="hub.monitoring.tuneNote" fullWidth multiline />
    </ActionButton>
  );
}

/** One input per parameter the rule's definition declares. */
function ParameterInputs({ properties }: { properties: NonNullable<Schema['properties']> }) {
  return (
    <>
      {Object.entries(properties).map(([name, p]) =>
        p.type === 'array' ? (
          <TextInput
            key={name}
            source={`parameters.${name}`}
            label={name}
            helperText="hub.monitoring.listHint"
            format={(v: unknown) => (Array.isArray(v) ? v.join(', ') : ((v as string) ?? ''))}
            parse={(v: string) => v.split(',').map((x) => x.trim()).filter(Boolean)}
            fullWidth
          />
        ) : (
          <NumberInput
            key={name}
            source={`parameters.${name}`}
            label={name}
            // No min/max attributes: the browser would refuse in its own language; the server names the range.
            helperText={p.minimum !== undefined ? `${p.minimum} – ${p.maximum ?? ''}` : undefined}
            fullWidth
          />
        ),
      )}
    </>
  );
}
