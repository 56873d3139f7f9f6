import {
  ArrayField,
  Datagrid,
  Labeled,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  useRecordContext,
} from 'react-admin';
import { Typography } from '@mui/material';
import { DateField } from '../../common/DateField.js';
import { EnumField, MoneyField, NameField } from '../../common/fields.js';
import { AuditLink } from '../../common/AuditLink.js';

function ClaimTitle() {
  const record = useRecordContext<{ settlementId?: string }>();
  return <span>{record?.settlementId ?? ''}</span>;
}

function Diagnoses() {
  const record = useRecordContext<{ diagnoses?: string[] }>();
  return <Typography variant="body2">{record?.diagnoses?.join('、') || '—'}</Typography>;
}

/** One claim: its header, its lines, and the rule hits raised on it during or after settlement. */
export function ClaimShow() {
  return (
    <Show
      title={<ClaimTitle />}
      actions={
        <TopToolbar>
          <AuditLink />
        </TopToolbar>
      }
    >
      <SimpleShowLayout>
        <TextField source="settlementId" />
        <NameField source="provider" />
        <EnumField source="visitType" enumName="VisitType" />
        <EnumField source="insuranceType" enumName="InsuranceType" />
        <EnumField source="settlementCategory" enumName="SettlementCategory" />
        <DateField source="settledAt" showTime />
        <DateField source="admittedOn" />
        <DateField source="dischargedOn" />
        <Labeled source="diagnoses">
          <Diagnoses />
        </Labeled>
        <MoneyField source="totalFen" />
        <MoneyField source="fundFen" />
        <MoneyField source="accountFen" />
        <MoneyField source="selfFen" />
        <ArrayField source="lines">
          <Datagrid bulkActionButtons={false} rowClick={false}>
            <TextField source="lineNo" label="resources.claims.fields.lineNo" />
            <TextField source="catalogueCode" label="resources.claims.fields.catalogueCode" />
            <TextField source="name" label="resources.claims.fields.lineName" />
            <EnumField
              source="category"
              enumName="ClaimLineCategory"
              label="resources.claims.fields.category"
            />
            <TextField source="quantity" label="resources.claims.fields.quantity" />
            <MoneyField source="unitPriceFen" label="resources.claims.fields.unitPriceFen" />
            <MoneyField source="amountFen" label="resources.claims.fields.amountFen" />
            <TextField source="daysSupply" label="resources.claims.fields.daysSupply" emptyText="—" />
            <DateField source="servedOn" label="resources.claims.fields.servedOn" />
          </Datagrid>
        </ArrayField>
        <ArrayField source="hits">
          <Datagrid bulkActionButtons={false} rowClick={false} empty={<span>—</span>}>
            <TextField source="rule.code" label="resources.auditRules.fields.code" />
            <NameField source="rule" label="resources.claims.fields.rule" />
            <EnumField source="rule.kind" enumName="RuleKind" label="resources.auditRules.fields.kind" />
            <EnumField source="stage" enumName="RuleStage" label="resources.claims.fields.stage" />
            <EnumField source="status" enumName="RuleHitStatus" label="resources.claims.fields.hitStatus" />
            <MoneyField source="amountFen" label="resources.claims.fields.hitAmountFen" />
            <TextField source="detail" label="resources.claims.fields.detail" emptyText="—" />
          </Datagrid>
        </ArrayField>
      </SimpleShowLayout>
    </Show>
  );
}
