import {
  Labeled,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { DateField } from '../../common/DateField.js';
import { EnumField, NameField } from '../../common/fields.js';
import { AuditLink } from '../../common/AuditLink.js';
import { RunActions } from './RunActions.js';
import { RunProgress } from './RunProgress.js';
import { isLive } from './start-input.js';

function RunTitle() {
  const record = useRecordContext<{ periodFrom?: string; periodTo?: string }>();
  const translate = useTranslate();
  const month = (d?: string) => d?.slice(0, 7) ?? '';
  return (
    <span>
      {translate('resources.screeningRuns.name', { smart_count: 1 })} {month(record?.periodFrom)}–
      {month(record?.periodTo)}
    </span>
  );
}

function RuleCount() {
  const record = useRecordContext<{ ruleIds?: string[] }>();
  return <span>{record?.ruleIds?.length ?? 0}</span>;
}

/**
 * One run with live progress: the page re-reads the run every second while it is queued or
 * running (the workers update the row chunk by chunk) and stops once it has ended.
 */
export function ScreeningRunShow() {
  return (
    <Show
      title={<RunTitle />}
      queryOptions={{
        refetchInterval: (query) =>
          isLive((query.state.data as { status?: string } | undefined)?.status) ? 1000 : false,
      }}
      actions={
        <TopToolbar>
          <RunActions />
          <AuditLink />
        </TopToolbar>
      }
    >
      <SimpleShowLayout>
        <NameField source="insurer" label="resources.insurers.name" />
        <DateField source="periodFrom" />
        <DateField source="periodTo" />
        <EnumField source="status" enumName="ScreeningRunStatus" chip />
        <Labeled source="progress">
          <RunProgress />
        </Labeled>
        <TextField source="claimsScreened" />
        <TextField source="hitsFound" />
        <Labeled source="ruleIds">
          <RuleCount />
        </Labeled>
        <DateField source="createdAt" showTime />
        <DateField source="startedAt" showTime />
        <DateField source="finishedAt" showTime />
      </SimpleShowLayout>
    </Show>
  );
}
