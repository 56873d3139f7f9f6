import { useCallback, useEffect, useMemo, useState } from 'react';
import { print } from 'graphql';
import { useLocation, useNavigate } from 'react-router-dom';
import {
  Alert,
  Autocomplete,
  Box,
  Button,
  Card,
  CardContent,
  Chip,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { Title, useDataProvider, useLocale, useTranslate } from 'react-admin';
import { streamErrorText } from '../../providers/data/errors.js';
import type { HubDataProvider } from '../../providers/data/data-provider.js';
import { subscriptionClient } from '../../providers/subscriptions.js';
import { AuditEventTypes, AuditEventsLatest, AuditEventsLive } from './queries.js';
import { auditArgs, mergeEvents, resumeCursor } from './live-events.js';
import { ChainStatus } from './ChainStatus.js';
import { AuditEventRow, type AuditFilterPick } from './AuditEventRow.js';
import type { AuditEventRowFragment } from '../../gql/graphql.js';

type Status = 'connecting' | 'live' | 'disconnected';

function useUrlFilter(): [Record<string, unknown>, (f: Record<string, unknown>) => void] {
  const location = useLocation();
  const navigate = useNavigate();
  const filter = useMemo(() => {
    try {
      return JSON.parse(new URLSearchParams(location.search).get('filter') ?? '{}') as Record<
        string,
        unknown
      >;
    } catch {
      return {};
    }
  }, [location.search]);
  const setFilter = useCallback(
    (f: Record<string, unknown>) =>
      navigate({ pathname: location.pathname, search: `?filter=${encodeURIComponent(JSON.stringify(f))}` }),
    [navigate, location.pathname],
  );
  return [filter, setFilter];
}

/**
 * The audit log as it happens: the latest events matching the filter, then every new one
 * pushed by the `auditEvents` subscription (graphql-ws). On reconnect it resumes after the
 * newest seq it holds, so nothing is missed or shown twice. The chain's verification status
 * is shown above.
 */
export function AuditLog() {
  const translate = useTranslate();
  const locale = useLocale();
  const dataProvider = useDataProvider<HubDataProvider>();
  const [filter, setFilter] = useUrlFilter();
  const args = useMemo(() => auditArgs(filter), [filter]);
  const [events, setEvents] = useState<AuditEventRowFragment[]>([]);
  const [total, setTotal] = useState<number | null>(null);
  const [status, setStatus] = useState<Status>('connecting');
  const [error, setError] = useState<string | null>(null);
  const [subjectText, setSubjectText] = useState(args.subject ?? '');
  // The type filter's choices come from the API's catalogue (the console imports no server code).
  const [allTypes, setAllTypes] = useState<string[]>([]);
  useEffect(() => {
    let cancelled = false;
    dataProvider
      .read<{ auditEventTypes: string[] }>(AuditEventTypes, {})
      .then((data) => !cancelled && setAllTypes(data.auditEventTypes))
      .catch(() => undefined); // the filter then offers no choices; the log itself still shows
    return () => {
      cancelled = true;
    };
  }, [dataProvider]);

  // A record picked from a row is shown by its chip (协议 DAY-…); its raw subject
  // (Agreement/<uuid>) is nothing a clerk reads, so the text box stays for typing another.
  const shownSubject = filter.subjectLabel ? '' : (args.subject ?? '');
  useEffect(() => setSubjectText(shownSubject), [shownSubject]);
  const applySubject = () => {
    if (subjectText.trim() === shownSubject) return;
    const { subjectLabel: _picked, ...rest } = filter;
    setFilter({ ...rest, subject: subjectText });
  };

  useEffect(() => {
    let shown: AuditEventRowFragment[] = [];
    let heartbeat: string | null = null;
    let stop: (() => void) | null = null;
    let cancelled = false;
    setEvents([]);
    setStatus('connecting');
    setError(null);
    const failure = (e: unknown) => streamErrorText(e, locale, translate('hub.audit.streamFailed'));

    const subscribe = () => {
      const client = subscriptionClient();
      const offConnected = client.on('connected', () => setStatus('live'));
      const offClosed = client.on('closed', () => !cancelled && setStatus('disconnected'));
      const dispose = client.subscribe(
        {
          query: print(AuditEventsLive),
          variables: { after: resumeCursor(shown, heartbeat), types: args.types, subject: args.subject },
        },
        {
          next: ({ data, errors }) => {
            if (errors?.length) setError(failure(errors));
            const item = (data as { auditEvents?: { __typename: string; latestSeq?: string } } | undefined)
              ?.auditEvents;
            if (!item) return;
            setStatus('live');
            if (item.__typename === 'AuditHeartbeat') {
              heartbeat = item.latestSeq ?? heartbeat;
              return;
            }
            const event = item as unknown as AuditEventRowFragment;
            if (args.actor && event.actorId !== args.actor) return;
            shown = mergeEvents(shown, [event]);
            setEvents(shown);
            setTotal((t) => (t === null ? t : t + 1));
          },
          error: (e) => {
            if (!cancelled) {
              setStatus('disconnected');
              setError(failure(e));
            }
          },
          complete: () => undefined,
        },
      );
      stop = () => {
        dispose();
        offConnected();
        offClosed();
      };
    };

    dataProvider
      .read<{ auditEvents: { totalCount: number; edges: { node: AuditEventRowFragment }[] } }>(
        AuditEventsLatest,
        { last: 50, ...args },
      )
      .then((data) => {
        if (cancelled) return;
        shown = mergeEvents(
          [],
          data.auditEvents.edges.map((e) => e.node),
        );
        setEvents(shown);
        setTotal(data.auditEvents.totalCount);
        subscribe();
      })
      .catch((e: unknown) => !cancelled && (setError(failure(e)), setStatus('disconnected')));
    return () => {
      cancelled = true;
      stop?.();
    };
  }, [dataProvider, args, locale, translate]);

  const typeLabel = (type: string) => translate(`eventTypes.${type}`, { _: type });
  const pick = (p: AuditFilterPick) =>
    setFilter({
      ...filter,
      ...(p.subject ? { subject: p.subject.value, subjectLabel: p.subject.label } : {}),
      ...(p.actor ? { actor: p.actor.value, actorLabel: p.actor.label } : {}),
    });
  const drop = (...keys: string[]) =>
    setFilter(Object.fromEntries(Object.entries(filter).filter(([k]) => !keys.includes(k))));
  const latestSeq = events[0]?.seq ?? null;

  return (
    <Box>
      <Title title={translate('resources.auditEvents.name', { smart_count: 2 })} />
      <Stack spacing={2} sx={{ mt: 2 }}>
        <ChainStatus latestSeq={latestSeq} />
        <Card>
          <CardContent>
            <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} alignItems="center">
              <Autocomplete
                multiple
                size="small"
                sx={{ minWidth: 320 }}
                options={allTypes}
                // MUI's own texts are English ("Open", "No options"): the console's, as
                // react-admin's AutocompleteInput gives them.
                openText={translate('ra.action.open')}
                closeText={translate('ra.action.close')}
                clearText={translate('ra.action.clear_input_value')}
                noOptionsText={translate('ra.navigation.no_results')}
                value={args.types ?? []}
                getOptionLabel={typeLabel}
                onChange={(_e, value) => setFilter({ ...filter, types: value })}
                renderInput={(params) => (
                  <TextField {...params} label={translate('resources.auditEvents.fields.types')} />
                )}
              />
              <TextField
                size="small"
                label={translate('resources.auditEvents.fields.subject')}
                value={subjectText}
                onChange={(e) => setSubjectText(e.target.value)}
                onBlur={applySubject}
                onKeyDown={(e) => e.key === 'Enter' && applySubject()}
                sx={{ minWidth: 360 }}
              />
              {args.actor ? (
                <Chip
                  data-testid="actor-filter"
                  label={`${translate('console.audit.filterActor')}：${String(filter.actorLabel ?? args.actor)}`}
                  onDelete={() => drop('actor', 'actorLabel')}
                />
              ) : null}
              {args.subject && filter.subjectLabel ? (
                <Chip
                  data-testid="record-filter"
                  label={`${translate('console.audit.filterRecord')}：${String(filter.subjectLabel)}`}
                  onDelete={() => drop('subject', 'subjectLabel')}
                />
              ) : null}
              <Chip
                data-testid="live-status"
                color={status === 'live' ? 'success' : status === 'connecting' ? 'default' : 'warning'}
                label={translate(
                  status === 'live'
                    ? 'hub.audit.live'
                    : status === 'connecting'
                      ? 'hub.audit.connecting'
                      : 'hub.audit.disconnected',
                )}
              />
              {total !== null ? <Typography variant="body2">{total}</Typography> : null}
              {Object.keys(filter).length > 0 ? (
                <Button onClick={() => setFilter({})}>{translate('ra.navigation.clear_filters')}</Button>
              ) : null}
            </Stack>
            {error ? (
              <Alert severity="error" sx={{ mt: 2 }}>
                {error}
              </Alert>
            ) : null}
          </CardContent>
        </Card>
        <Card>
          {events.length === 0 ? (
            <CardContent>
              <Typography color="text.secondary">
                {status === 'connecting' ? translate('hub.loading') : translate('hub.empty')}
              </Typography>
            </CardContent>
          ) : (
            <Table size="small" data-testid="audit-events">
              <TableHead>
                <TableRow>
                  <TableCell>{translate('resources.auditEvents.fields.seq')}</TableCell>
                  <TableCell>{translate('resources.auditEvents.fields.time')}</TableCell>
                  <TableCell>{translate('resources.auditEvents.fields.type')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {events.map((e) => (
                  <AuditEventRow key={e.seq} event={e} onPick={pick} />
                ))}
              </TableBody>
            </Table>
          )}
        </Card>
      </Stack>
    </Box>
  );
}
