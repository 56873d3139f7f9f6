import { useCallback, useEffect, useRef, useState } from 'react';
import { Alert, Button, CircularProgress } from '@mui/material';
import { useDataProvider, useTranslate } from 'react-admin';
import type { HubDataProvider } from '../../providers/data/data-provider.js';
import { VerifyAuditChain } from './queries.js';
import type { VerifyAuditChainQuery } from '../../gql/graphql.js';

type Report = VerifyAuditChainQuery['verifyAuditChain'];

/**
 * `verifyAuditChain` recomputed by the hub, run when the log opens, on demand, and again
 * shortly after live events arrive (so the count covers what the table shows).
 */
export function ChainStatus({ latestSeq }: { latestSeq?: string | null }) {
  const translate = useTranslate();
  const dataProvider = useDataProvider<HubDataProvider>();
  const [report, setReport] = useState<Report | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const verify = useCallback(() => {
    setBusy(true);
    setError(null);
    dataProvider
      .read<VerifyAuditChainQuery>(VerifyAuditChain)
      .then((data) => setReport(data.verifyAuditChain))
      .catch((e: Error) => setError(e.message))
      .finally(() => setBusy(false));
  }, [dataProvider]);

  useEffect(verify, [verify]);
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    if (!latestSeq) return;
    // Several events often arrive together (one command, or a replay): verify once after them.
    const timer = setTimeout(verify, 400);
    return () => clearTimeout(timer);
  }, [latestSeq, verify]);

  const action = (
    <Button color="inherit" size="small" onClick={verify} disabled={busy}>
      {busy ? <CircularProgress size={16} /> : translate('hub.audit.verify')}
    </Button>
  );
  if (error)
    return (
      <Alert severity="error" action={action}>
        {error}
      </Alert>
    );
  if (!report)
    return (
      <Alert severity="info" action={action}>
        {translate('hub.audit.chainUnknown')}
      </Alert>
    );
  return report.ok ? (
    <Alert severity="success" action={action} data-testid="chain-status">
      {translate('hub.audit.chainLabel')}
      {translate('hub.audit.chainOk', { count: report.checkedCount })}
    </Alert>
  ) : (
    <Alert severity="error" action={action} data-testid="chain-status">
      {translate('hub.audit.chainLabel')}
      {translate('hub.audit.chainBroken', { seq: report.firstBroken?.seq ?? '?' })}
      {report.firstBroken
        ? `${translate('hub.audit.chainProblemLabel')}${translate(`hub.audit.chainProblem.${report.firstBroken.problem}`)}`
        : null}
    </Alert>
  );
}
