import { useState } from 'react';
import { Box, Chip, Stack, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { ReplayOne, TemplateReplays } from './queries.js';
import { usePolledRead } from './usePolledRead.js';
import { ReplayComparison, type Replay } from './ReplayComparison.js';
import { RunReplayButton } from './RunReplayButton.js';

type ReplayRow = { id: string; status: string; periodFrom: string; periodTo: string };
const finished = (status: string) => status === 'COMPLETED' || status === 'FAILED';

/** The template's what-if replays (newest first), a button to run one, and the chosen one's comparison. */
export function WhatIfTab() {
  const record = useRecordContext<{ id: string }>();
  const translate = useTranslate();
  const [chosen, setChosen] = useState<string | null>(null);
  const [tick, setTick] = useState(0);
  const list = usePolledRead<{ whatIfReplays: { edges: { node: ReplayRow }[] } }>(
    TemplateReplays,
    { templateId: record?.id },
    (d) => d.whatIfReplays.edges.some((e) => !finished(e.node.status)),
    3000,
    tick,
  );
  const replays = list.data?.whatIfReplays.edges.map((e) => e.node) ?? [];
  const shownId = chosen ?? replays[0]?.id ?? null;
  return (
    <Box sx={{ width: '100%' }}>
      <Stack direction="row" spacing={1} sx={{ mb: 2, alignItems: 'center', flexWrap: 'wrap' }}>
        <RunReplayButton
          onStarted={(id) => {
            setChosen(id);
            setTick((t) => t + 1);
          }}
        />
        <Typography variant="caption">{translate('hub.template.replays')}:</Typography>
        {replays.map((r) => (
          <Chip
            key={r.id}
            size="small"
            color={r.id === shownId ? 'primary' : 'default'}
            onClick={() => setChosen(r.id)}
            label={`${r.periodFrom.slice(0, 7)} — ${r.periodTo.slice(0, 7)} · ${translate(`enums.ReplayStatus.${r.status}`)}`}
          />
        ))}
      </Stack>
      {shownId ? <ShownReplay id={shownId} /> : <Typography>{translate('hub.template.noReplay')}</Typography>}
    </Box>
  );
}

function ShownReplay({ id }: { id: string }) {
  const { data } = usePolledRead<{ node: Replay | null }>(
    ReplayOne,
    { id },
    (d) => !!d.node && !finished(d.node.status),
  );
  return data?.node ? <ReplayComparison replay={data.node} /> : null;
}
