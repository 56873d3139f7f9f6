import {
  ArrayField,
  Datagrid,
  FunctionField,
  Labeled,
  RecordContextProvider,
  TextField,
  useLocale,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { formatThreshold } from '../../common/format.js';
import { Alert, CircularProgress, Grid } from '@mui/material';
import { EnumField } from '../../common/fields.js';
import { LocalText } from '../../common/LocalText.js';
import { useRead } from '../../common/useRead.js';
import { flattenConnections } from '../../providers/data/relay.js';
import { VersionTerms } from './queries.js';
import type { AgreementVersionTermsQuery } from '../../gql/graphql.js';

/** The clauses and control indicators of the version in force. */
export function TermsView() {
  const record = useRecordContext<{
    currentVersion?: { id: string; versionNo: number; templateCode: string; templateVersion: string } | null;
  }>();
  const translate = useTranslate();
  const locale = useLocale();
  const versionId = record?.currentVersion?.id ?? null;
  const { data, loading, error } = useRead<AgreementVersionTermsQuery>(
    VersionTerms,
    versionId ? { id: versionId } : null,
  );
  if (!versionId) return <span>{translate('hub.empty')}</span>;
  if (loading) return <CircularProgress size={24} />;
  if (error) return <Alert severity="error">{error}</Alert>;
  const terms = flattenConnections(data?.node ?? {}) as Record<string, unknown> & { id: string };
  return (
    <RecordContextProvider value={terms}>
      <Grid container spacing={2}>
        <Grid size={12}>
          <Labeled label="resources.agreements.fields.templateCode">
            <FunctionField
              render={(v: { versionNo: number; templateCode: string; templateVersion: string }) =>
                `v${v.versionNo} · ${v.templateCode} ${v.templateVersion}`
              }
            />
          </Labeled>
        </Grid>
        <Grid size={12}>
          <Labeled label={translate('hub.agreement.clauses')} fullWidth>
            <ArrayField source="clauses">
              <Datagrid
                bulkActionButtons={false}
                rowClick={false}
                empty={<span>{translate('hub.empty')}</span>}
              >
                <TextField source="clauseNo" label="#" />
                <LocalText base="title" label={translate('hub.agreement.clauses')} />
                <LocalText base="body" label=" " />
              </Datagrid>
            </ArrayField>
          </Labeled>
        </Grid>
        <Grid size={12}>
          <Labeled label={translate('hub.agreement.indicators')} fullWidth>
            <ArrayField source="indicators">
              <Datagrid
                bulkActionButtons={false}
                rowClick={false}
                empty={<span>{translate('hub.empty')}</span>}
              >
                <EnumField
                  source="metric"
                  enumName="IndicatorMetric"
                  label={translate('hub.agreement.indicators')}
                />
                <FunctionField
                  label="hub.agreement.threshold"
                  render={(i: { threshold: string; unit: string; comparator: string }) => (
                    <span data-testid="indicator-threshold">
                      {formatThreshold(i.threshold, i.unit, i.comparator, locale, translate)}
                    </span>
                  )}
                />
                <EnumField
                  source="breachMeasure"
                  enumName="PenaltyMeasure"
                  label="resources.penalties.fields.measure"
                />
              </Datagrid>
            </ArrayField>
          </Labeled>
        </Grid>
      </Grid>
    </RecordContextProvider>
  );
}
