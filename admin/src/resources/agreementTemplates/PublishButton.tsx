import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { ActionButton } from '../../common/ActionButton.js';
import { PublishTemplate } from './mutations.js';
import { figuresOf } from './replay-totals.js';

type Template = {
  id: string;
  code: string;
  versionNo: number;
  version: number;
  status: string;
  lastReplay: {
    periodFrom: string;
    periodTo: string;
    baseline: { hits: number; hitAmountFen: string; breaches: number } | null;
    candidate: { hits: number; hitAmountFen: string; breaches: number } | null;
  } | null;
};

/** What the last replay found, in one line: so whoever publishes sees the consequences first. */
function LastReplay() {
  const record = useRecordContext<Template>();
  const translate = useTranslate();
  if (!record) return null;
  const r = record.lastReplay;
  if (!r)
    return (
      <Chip size="small" color="warning" variant="outlined" label={translate('hub.template.noReplay')} />
    );
  const b = figuresOf(r.baseline);
  const c = figuresOf(r.candidate);
  return (
    <Chip
      size="small"
      variant="outlined"
      data-testid="last-replay"
      label={`${translate('hub.template.lastReplay')} ${r.periodFrom.slice(0, 7)}—${r.periodTo.slice(0, 7)}：${translate('hub.replay.hits')} ${b.hits}→${c.hits}，${translate('hub.replay.breaches')} ${b.breaches}→${c.breaches}`}
    />
  );
}

/** Publishing a DRAFT, with the last what-if replay beside the button and in the dialog. */
export function PublishButton() {
  const record = useRecordContext<Template>();
  if (record?.status !== 'DRAFT') return null;
  return (
    <>
      <LastReplay />
      <ActionButton<Template>
        label="hub.template.publish"
        capability="manageAgreements"
        applies={(r) => r.status === 'DRAFT'}
        mutation={PublishTemplate}
        recordName={(r) => `${r.code} v${r.versionNo}`}
        summary={<LastReplay />}
        input={(_v, r) => ({ id: r.id, expectedVersion: r.version })}
      />
    </>
  );
}
