import {
  Box,
  Chip,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useEffect, useState } from 'react';
import { Alert, CircularProgress } from '@mui/material';
import { useDataProvider, useLocale, useRecordContext, useTranslate } from 'react-admin';
import { diffVersions, type Change, type Terms } from './version-diff.js';
import type { HubDataProvider } from '../../providers/data/data-provider.js';
import type { AgreementVersionTermsQuery } from '../../gql/graphql.js';
import { flattenConnections } from '../../providers/data/relay.js';
import { VersionTerms } from './queries.js';

type Version = Terms & { id: string; changeNote?: string | null; effectiveFrom: string };

function describe(change: Change<unknown>, show: (v: unknown) => string): string {
  if (change.kind === 'added') return show(change.after);
  if (change.kind === 'removed') return show(change.before);
  return `${show(change.before)} → ${show(change.after)}`;
}

/** Every version of the terms, newest first, each with what changed since the one before. */
export function VersionHistory() {
  const record = useRecordContext<{ versions?: Version[] }>();
  const translate = useTranslate();
  const locale = useLocale();
  const dataProvider = useDataProvider<HubDataProvider>();
  const [loaded, setLoaded] = useState<Version[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const ids = (record?.versions ?? []).map((v) => v.id).join(',');
  // Each version's terms in its own query (clauses × versions in one would be a large page of pages).
  useEffect(() => {
    let cancelled = false;
    Promise.all(
      (record?.versions ?? []).map((v) =>
        dataProvider
          .read<AgreementVersionTermsQuery>(VersionTerms, { id: v.id })
          .then((d) => ({ ...v, ...(flattenConnections(d.node ?? {}) as object) }) as Version),
      ),
    )
      .then((vs) => !cancelled && setLoaded(vs))
      .catch((e: Error) => !cancelled && setError(e.message));
    return () => {
      cancelled = true;
    };
    // Keyed by the version ids: a refetched record with the same versions must not reload them all.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [dataProvider, ids]);
  if (error) return <Alert severity="error">{error}</Alert>;
  if (!loaded) return <CircularProgress size={24} />;
  const versions = [...loaded].sort((a, b) => a.versionNo - b.versionNo);
  if (versions.length === 0) return <Typography color="text.secondary">{translate('hub.empty')}</Typography>;
  const clauseText = (c: unknown) => {
    const x = c as { titleZh: string; titleEn: string };
    return locale === 'en' ? x.titleEn : x.titleZh;
  };
  const indicatorText = (i: unknown) => {
    const x = i as { metric: string; comparator: string; threshold: string; unit: string };
    return `${translate(`enums.Comparator.${x.comparator}`)} ${Number(x.threshold)} ${translate(`enums.IndicatorUnit.${x.unit}`)}`;
  };
  return (
    <Stack spacing={3}>
      {versions
        .map((v, i) => ({ v, diff: diffVersions(versions[i - 1], v) }))
        .reverse()
        .map(({ v, diff }) => (
          <Box key={v.id} data-testid={`version-${v.versionNo}`}>
            <Typography variant="subtitle1">
              v{v.versionNo} · {v.templateCode} {v.templateVersion} · {v.effectiveFrom}
            </Typography>
            {v.changeNote ? <Typography variant="body2">{v.changeNote}</Typography> : null}
            <Typography variant="body2" sx={{ mt: 1, fontWeight: 600 }}>
              {translate('hub.agreement.differences')}
            </Typography>
            {v.versionNo === versions[0]!.versionNo ? (
              <Typography variant="body2" color="text.secondary">
                {translate('hub.agreement.noDifferences')}
              </Typography>
            ) : (
              <Table size="small">
                <TableHead>
                  <TableRow>
                    <TableCell />
                    <TableCell />
                    <TableCell />
                  </TableRow>
                </TableHead>
                <TableBody>
                  {diff.template ? (
                    <TableRow>
                      <TableCell>
                        <Chip size="small" label={translate('hub.agreement.changed')} />
                      </TableCell>
                      <TableCell>{translate('resources.agreements.fields.templateCode')}</TableCell>
                      <TableCell>
                        {diff.template.before} → {diff.template.after}
                      </TableCell>
                    </TableRow>
                  ) : null}
                  {diff.clauses.map((c) => (
                    <TableRow key={`c${c.key}`}>
                      <TableCell>
                        <Chip size="small" label={translate(`hub.agreement.${c.kind}`)} />
                      </TableCell>
                      <TableCell>
                        {translate('hub.agreement.clauses')} {c.key}
                      </TableCell>
                      <TableCell>{describe(c, clauseText)}</TableCell>
                    </TableRow>
                  ))}
                  {diff.indicators.map((c) => (
                    <TableRow key={`i${c.key}`}>
                      <TableCell>
                        <Chip size="small" label={translate(`hub.agreement.${c.kind}`)} />
                      </TableCell>
                      <TableCell>{translate(`enums.IndicatorMetric.${c.key}`)}</TableCell>
                      <TableCell>{describe(c, indicatorText)}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            )}
          </Box>
        ))}
    </Stack>
  );
}
