import { TextInput, required } from 'react-admin';
import { ActionButton } from '../../common/ActionButton.js';
import { StartReplay } from './mutations.js';
import { localMonth } from '../../common/format.js';

type Template = { id: string; code: string; versionNo: number; status: string };

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const month = (v: unknown) => (typeof v === 'string' && MONTH.test(v.trim()) ? undefined : 'YYYY-MM');

/** JSON object of rule code → parameters, or empty; the error names what is expected. */
function ruleParameters(v: unknown): { ruleCode: string; parameters: unknown }[] {
  if (typeof v !== 'string' || v.trim() === '') return [];
  const parsed = JSON.parse(v) as unknown;
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('not an object');
  return Object.entries(parsed as Record<string, unknown>).map(([ruleCode, parameters]) => ({
    ruleCode,
    parameters,
  }));
}

const validJson = (v: unknown) => {
  try {
    ruleParameters(v);
    return undefined;
  } catch {
    return 'hub.template.badJson';
  }
};

// Months on the agency's calendar, as the claims' settlement months.
const monthsAgo = (n: number) => localMonth(n);

/**
 * Queues a what-if replay of this version (and optional draft rule parameters) over past
 * months; the comparison appears when the background job has finished.
 */
export function RunReplayButton({ onStarted }: { onStarted: (replayId: string) => void }) {
  return (
    <ActionButton<Template>
      label="hub.template.runReplay"
      capability="manageAgreements"
      applies={() => true}
      mutation={StartReplay}
      recordName={(r) => `${r.code} v${r.versionNo}`}
      defaultValues={() => ({ periodFrom: monthsAgo(12), periodTo: monthsAgo(1), ruleParameters: '' })}
      input={(v, r) => ({
        templateId: r.id,
        periodFrom: `${String(v.periodFrom).trim()}-01`,
        periodTo: `${String(v.periodTo).trim()}-01`,
        ruleParameters: ruleParameters(v.ruleParameters),
      })}
      onDone={(data) => {
        const id = (data as { startWhatIfReplay?: { replay?: { id: string } } }).startWhatIfReplay?.replay
          ?.id;
        if (id) onStarted(id);
      }}
    >
      <TextInput source="periodFrom" label="hub.template.periodFrom" validate={[required(), month]} />
      <TextInput source="periodTo" label="hub.template.periodTo" validate={[required(), month]} />
      <TextInput
        source="ruleParameters"
        label="hub.template.ruleParameters"
        helperText="hub.template.ruleParametersHelp"
        multiline
        fullWidth
        validate={validJson}
      />
    </ActionButton>
  );
}
