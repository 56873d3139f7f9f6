import {
  ArrayField,
  Datagrid,
  DateField,
  EditButton,
  FunctionField,
  Labeled,
  NumberField,
  Show,
  TabbedShowLayout,
  TextField,
  TopToolbar,
  usePermissions,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { Grid } from '@mui/material';
import { EnumField, MoneyField, NameField, RecordName } from '../../common/fields.js';
import { LocalText } from '../../common/LocalText.js';
import { AuditLink } from '../../common/AuditLink.js';
import { canDo } from '../../providers/auth-provider.js';
import { VersionHistory } from './VersionHistory.js';
import { AgreementActions } from './actions.js';

function ShowActions() {
  const record = useRecordContext<{ status: string }>();
  const { permissions } = usePermissions();
  return (
    <TopToolbar>
      <AgreementActions />
      {record?.status === 'DRAFT' && canDo(permissions, 'manageAgreements') ? <EditButton /> : null}
      <AuditLink />
    </TopToolbar>
  );
}

function Terms() {
  const translate = useTranslate();
  return (
    <Grid container spacing={2}>
      <Grid size={{ xs: 12, md: 4 }}>
        <Labeled label="resources.agreements.fields.templateCode">
          <FunctionField render={(r: { currentVersion?: { templateCode: string; templateVersion: string; versionNo: number } }) =>
            r.currentVersion ? `v${r.currentVersion.versionNo} · ${r.currentVersion.templateCode} ${r.currentVersion.templateVersion}` : '—'} />
        </Labeled>
      </Grid>
      <Grid size={12}>
        <Labeled label={translate('hub.agreement.clauses')} fullWidth>
          <ArrayField source="currentVersion.clauses">
            <Datagrid bulkActionButtons={false} rowClick={false}>
              <TextField source="clauseNo" label="#" />
              <LocalText base="title" label={translate('hub.agreement.clauses')} />
              <LocalText base="body" label=" " />
            </Datagrid>
          </ArrayField>
        </Labeled>
      </Grid>
      <Grid size={12}>
        <Labeled label={translate('hub.agreement.indicators')} fullWidth>
          <ArrayField source="currentVersion.indicators">
            <Datagrid bulkActionButtons={false} rowClick={false}>
              <EnumField source="metric" enumName="IndicatorMetric" label={translate('hub.agreement.indicators')} />
              <EnumField source="comparator" enumName="Comparator" label=" " />
              <FunctionField label=" " render={(i: { threshold: string }) => Number(i.threshold)} />
              <EnumField source="unit" enumName="IndicatorUnit" label=" " />
              <EnumField source="breachMeasure" enumName="PenaltyMeasure" label="resources.penalties.fields.measure" />
            </Datagrid>
          </ArrayField>
        </Labeled>
      </Grid>
    </Grid>
  );
}

export function AgreementShow() {
  const translate = useTranslate();
  return (
    <Show actions={<ShowActions />} title={<RecordName />}>
      <TabbedShowLayout>
        <TabbedShowLayout.Tab label={translate('hub.agreement.parties')}>
          <TextField source="number" />
          <EnumField source="family" enumName="AgreementFamily" />
          <EnumField source="kind" enumName="AgreementKind" />
          <EnumField source="status" enumName="AgreementStatus" chip />
          <EnumField source="suspensionScope" enumName="SuspensionScope" />
          <NameField source="insurer" />
          <NameField source="provider" />
          <NameField source="partner" />
          <EnumField source="entrustedWork" enumName="EntrustedWork" />
          <DateField source="startsOn" />
          <DateField source="endsOn" />
          <DateField source="signedAt" showTime />
          <DateField source="terminatedAt" showTime />
          <NumberField source="currentVersionNo" />
          <NumberField source="version" />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label={translate('hub.agreement.currentVersion')} path="terms">
          <Terms />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label={translate('hub.agreement.versions')} path="versions">
          <VersionHistory />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label={translate('hub.agreement.transitions')} path="transitions">
          <ArrayField source="transitions" label={false}>
            <Datagrid bulkActionButtons={false} rowClick={false} empty={<span>{translate('hub.empty')}</span>}>
              <DateField source="occurredAt" showTime label="resources.auditEvents.fields.time" />
              <EnumField source="action" enumName="AgreementAction" label="resources.auditEvents.fields.type" />
              <EnumField source="fromStatus" enumName="AgreementStatus" label="resources.agreements.fields.status" />
              <EnumField source="toStatus" enumName="AgreementStatus" label="→" />
              <TextField source="reason" label="hub.actions.reason" />
              <DateField source="effectiveOn" label="hub.actions.effectiveOn" />
              <TextField source="actorId" label="resources.auditEvents.fields.actorId" />
            </Datagrid>
          </ArrayField>
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label={translate('hub.agreement.findings')} path="findings">
          <ArrayField source="findings" label={false}>
            <Datagrid bulkActionButtons={false} rowClick={(id) => `/findings/${encodeURIComponent(String(id))}/show`} empty={<span>{translate('hub.empty')}</span>}>
              <TextField source="number" label="resources.findings.fields.number" />
              <NameField source="violationType" label="resources.findings.fields.violationType" />
              <EnumField source="source" enumName="FindingSource" label="resources.findings.fields.source" />
              <EnumField source="status" enumName="FindingStatus" label="resources.findings.fields.status" />
              <MoneyField source="violatingAmountFen" label="resources.findings.fields.violatingAmountFen" />
              <DateField source="foundOn" label="resources.findings.fields.foundOn" />
            </Datagrid>
          </ArrayField>
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label={translate('hub.agreement.penalties')} path="penalties">
          <ArrayField source="penalties" label={false}>
            <Datagrid bulkActionButtons={false} rowClick={(id) => `/penalties/${encodeURIComponent(String(id))}/show`} empty={<span>{translate('hub.empty')}</span>}>
              <TextField source="number" label="resources.penalties.fields.number" />
              <EnumField source="measure" enumName="PenaltyMeasure" label="resources.penalties.fields.measure" />
              <EnumField source="status" enumName="PenaltyStatus" label="resources.penalties.fields.status" />
              <MoneyField source="amountFen" label="resources.penalties.fields.amountFen" />
              <MoneyField source="recoveredAmountFen" label="resources.penalties.fields.recoveredAmountFen" />
              <DateField source="proposedAt" showTime label="resources.penalties.fields.proposedAt" />
            </Datagrid>
          </ArrayField>
        </TabbedShowLayout.Tab>
      </TabbedShowLayout>
    </Show>
  );
}
