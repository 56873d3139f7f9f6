import {
  ArrayField,
  Datagrid,
  NumberField,
  Pagination,
  ReferenceManyField,
  Show,
  TabbedShowLayout,
  FunctionField,
  TextField,
  TopToolbar,
  useTranslate,
} from 'react-admin';
import { DateField } from '../../common/DateField.js';
import { EnumField, MoneyField, NameField, RecordName } from '../../common/fields.js';
import { AuditLink } from '../../common/AuditLink.js';
import { VersionHistory } from './VersionHistory.js';
import { TermsView } from './TermsView.js';
import { IndicatorChart } from './IndicatorChart.js';
import { AgreementActions } from './actions.js';
import { systemReason } from '../auditEvents/sentence.js';
import { GuardedEditButton } from '../../common/LockedEdit.js';
import { RecordFindingButton } from '../findings/FindingCreate.js';

function ShowActions() {
  return (
    <TopToolbar>
      <GuardedEditButton<{ id: string; status: string }>
        capability="manageAgreements"
        applies={(r) => r.status === 'DRAFT'}
      />
      <AgreementActions />
      <RecordFindingButton />
      <AuditLink />
    </TopToolbar>
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
          <TermsView />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label={translate('hub.indicators.tab')} path="indicators">
          <IndicatorChart />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label={translate('hub.agreement.versions')} path="versions">
          <VersionHistory />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label={translate('hub.agreement.transitions')} path="transitions">
          <ArrayField source="transitions" label={false}>
            <Datagrid
              bulkActionButtons={false}
              rowClick={false}
              empty={<span>{translate('hub.empty')}</span>}
            >
              <DateField source="occurredAt" showTime label="resources.auditEvents.fields.time" />
              <EnumField
                source="action"
                enumName="AgreementAction"
                label="resources.auditEvents.fields.type"
              />
              <EnumField
                source="fromStatus"
                enumName="AgreementStatus"
                label="resources.agreements.fields.status"
              />
              <EnumField source="toStatus" enumName="AgreementStatus" label="→" />
              <FunctionField
                label="hub.actions.reason"
                render={(r: { reason: string }) => systemReason(r.reason, translate)}
              />
              <DateField source="effectiveOn" label="hub.actions.effectiveOn" />
              <FunctionField
                label="resources.auditEvents.fields.actorId"
                render={(r: { actorType: string; actorName?: string | null }) =>
                  r.actorName ??
                  translate(
                    r.actorType === 'SYSTEM' ? 'console.audit.system' : `enums.ActorType.${r.actorType}`,
                  )
                }
              />
            </Datagrid>
          </ArrayField>
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label={translate('hub.agreement.findings')} path="findings">
          <ReferenceManyField
            reference="findings"
            target="agreementId"
            label={false}
            sort={{ field: 'foundOn', order: 'DESC' }}
            pagination={<Pagination />}
            perPage={10}
          >
            <Datagrid bulkActionButtons={false} rowClick="show" empty={<span>{translate('hub.empty')}</span>}>
              <TextField source="number" label="resources.findings.fields.number" />
              <NameField
                source="violationType"
                label="resources.findings.fields.violationType"
                sortable={false}
              />
              <EnumField
                source="source"
                enumName="FindingSource"
                label="resources.findings.fields.source"
                sortable={false}
              />
              <EnumField source="status" enumName="FindingStatus" label="resources.findings.fields.status" />
              <MoneyField source="violatingAmountFen" label="resources.findings.fields.violatingAmountFen" />
              <DateField source="foundOn" label="resources.findings.fields.foundOn" />
            </Datagrid>
          </ReferenceManyField>
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label={translate('hub.agreement.penalties')} path="penalties">
          <ReferenceManyField
            reference="penalties"
            target="agreementId"
            label={false}
            sort={{ field: 'proposedAt', order: 'DESC' }}
            pagination={<Pagination />}
            perPage={10}
          >
            <Datagrid bulkActionButtons={false} rowClick="show" empty={<span>{translate('hub.empty')}</span>}>
              <TextField source="number" label="resources.penalties.fields.number" />
              <EnumField
                source="measure"
                enumName="PenaltyMeasure"
                label="resources.penalties.fields.measure"
              />
              <EnumField source="status" enumName="PenaltyStatus" label="resources.penalties.fields.status" />
              <MoneyField source="amountFen" label="resources.penalties.fields.amountFen" />
              <MoneyField
                source="recoveredAmountFen"
                label="resources.penalties.fields.recoveredAmountFen"
                sortable={false}
              />
              <DateField source="proposedAt" showTime label="resources.penalties.fields.proposedAt" />
            </Datagrid>
          </ReferenceManyField>
        </TabbedShowLayout.Tab>
      </TabbedShowLayout>
    </Show>
  );
}
