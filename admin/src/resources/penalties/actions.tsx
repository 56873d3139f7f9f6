import { Alert } from '@mui/material';
import {
  FormDataConsumer,
  NumberInput,
  SelectInput,
  TextInput,
  required,
  useLocale,
  useRecordContext,
  useRedirect,
  useTranslate,
} from 'react-admin';
import { ActionButton } from '../../common/ActionButton.js';
import { enumChoices } from '../../common/fields.js';
import { fenToYuanInput, formatFen, parseYuanToFen, validateYuan } from '../../common/money.js';
import { enumsEn } from '../../i18n/enums.en.js';
import {
  ClosePenalty,
  DecideAppeal,
  ExecutePenalty,
  FileAppeal,
  IssuePenalty,
  ProposePenalty,
} from './mutations.js';
import { PenaltyPreview } from './PenaltyPreview.js';
import { InsuredPersonInput, type InsuredPersonChoice } from './InsuredPersonInput.js';
import { PhysicianInput } from './PhysicianInput.js';
import { DayInput } from '../../common/DayInput.js';

type PenaltyRecord = {
  id: string;
  status: string;
  version: number;
  number: string;
  amountFen: number | null;
  measure: string;
  legalBasis?: string;
  clauseRef?: string | null;
};
type FindingRecord = {
  id: string;
  status: string;
  number: string;
  agreement?: { insurer?: { id: string } };
  insuredPerson?: InsuredPersonChoice | null;
  provider?: { id: string };
  physician?: { id: string } | null;
};

const text = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null);
const target = (r: PenaltyRecord) => ({ id: r.id, expectedVersion: r.version });
// The server refuses a scope on any other measure (BAD_USER_INPUT), so the form sends it only here.
const INSURED_SUSPENSION = 'INSURED_SETTLEMENT_SUSPENSION';
const PHYSICIAN_SUSPENSION = 'PHYSICIAN_BILLING_SUSPENSION';

/** The amount the hub computed for this penalty, shown in every confirmation. */
function Amount() {
  const record = useRecordContext<PenaltyRecord>();
  const translate = useTranslate();
  const locale = useLocale();
  if (!record) return null;
  return (
    <Alert severity="info" sx={{ mb: 2 }} data-testid="penalty-amount">
      {translate(`enums.PenaltyMeasure.${record.measure}`)} · {translate('hub.penalty.amount')}
      {/* Full-width in Chinese, as PenaltyPreview writes it (处理金额：¥…). */}
      {locale === 'en' ? ': ' : '：'}
      <strong>{formatFen(record.amountFen, locale)}</strong>
    </Alert>
  );
}

/** A required choice of one of the penalty's enum fields, under the field's own label. */
function EnumSelect({ source, enumName }: { source: string; enumName: keyof typeof enumsEn }) {
  return (
    <SelectInput
      source={source}
      label={`resources.penalties.fields.${source}`}
      choices={enumChoices(enumName, Object.keys(enumsEn[enumName]))}
      validate={required()}
      fullWidth
    />
  );
}

/** Propose a penalty from a finding; the amount the server will compute shows as the form is filled. */
export function ProposePenaltyButton() {
  const redirect = useRedirect();
  const finding = useRecordContext<FindingRecord>();
  return (
    <ActionButton<FindingRecord>
      label="hub.actions.propose"
      capability="proposePenalties"
      applies={(r) => r.status === 'OPEN' || r.status === 'PENALISED'}
      mutation={ProposePenalty}
      defaultValues={() => ({
        measure: 'DEDUCTION',
        multiple: '2.00',
        insuredSuspensionScope: 'ALL_DIRECT_SETTLEMENT',
        // The person (physician) the finding names, if any; the clerk picks one otherwise.
        insuredPersonId: finding?.insuredPerson?.id ?? null,
        physicianId: finding?.physician?.id ?? null,
      })}
      input={(v, r) => ({
        findingId: r.id,
        measure: v.measure,
        insuredSuspensionScope: v.measure === INSURED_SUSPENSION ? v.insuredSuspensionScope : null,
        // Sent only where the measure falls on a person: on another it would tie the penalty to them.
        insuredPersonId: v.measure === INSURED_SUSPENSION ? v.insuredPersonId || null : null,
        physicianId: v.measure === PHYSICIAN_SUSPENSION ? v.physicianId || null : null,
        multiple: text(v.multiple),
        durationMonths: v.durationMonths === '' || v.durationMonths == null ? null : Number(v.durationMonths),
        rectificationDueOn: v.rectificationDueOn || null,
        legalBasis: text(v.legalBasis),
        clauseRef: text(v.clauseRef),
        notes: text(v.notes),
      })}
      preview={finding ? <PenaltyPreview findingId={finding.id} /> : null}
      onDone={(data) => {
        const penalty = (data.proposePenalty as { penalty?: { id: string } } | undefined)?.penalty;
        if (penalty) redirect('show', 'penalties', penalty.id);
      }}
    >
      <EnumSelect source="measure" enumName="PenaltyMeasure" />
      <FormDataConsumer<{ measure?: string }>>
        {({ formData }) =>
          formData.measure === INSURED_SUSPENSION ? (
            <>
              <InsuredPersonInput insurerId={finding?.agreement?.insurer?.id} initial={finding?.insuredPerson} />
              <EnumSelect source="insuredSuspensionScope" enumName="InsuredSuspensionScope" />
            </>
          ) : formData.measure === PHYSICIAN_SUSPENSION ? (
            <PhysicianInput providerId={finding?.provider?.id} />
          ) : null
        }
      </FormDataConsumer>
      <TextInput source="multiple" label="resources.penalties.fields.multiple" />
      <NumberInput source="durationMonths" label="resources.penalties.fields.durationMonths" />
      <DayInput source="rectificationDueOn" label="hub.penalty.rectificationDueOn" />
      <TextInput
        source="legalBasis"
        label="resources.penalties.fields.legalBasis"
        validate={required()}
        multiline
        fullWidth
      />
      <TextInput source="clauseRef" label="resources.penalties.fields.clauseRef" fullWidth />
      <TextInput source="notes" label="resources.penalties.fields.notes" multiline fullWidth />
    </ActionButton>
  );
}

/** Issue, appeal, decide, execute, close: each in the states penalties/rules.ts allows. */
export function PenaltyActions() {
  return (
    <>
      <ActionButton<PenaltyRecord>
        label="hub.actions.issue"
        capability="decidePenalties"
        applies={(r) => r.status === 'PROPOSED'}
        mutation={IssuePenalty}
        defaultValues={(r) => ({ legalBasis: r.legalBasis ?? '', clauseRef: r.clauseRef ?? '' })}
        input={(v, r) => ({ ...target(r), legalBasis: text(v.legalBasis), clauseRef: text(v.clauseRef) })}
        summary={<Amount />}
      >
        <TextInput source="legalBasis" label="resources.penalties.fields.legalBasis" multiline fullWidth />
        <TextInput source="clauseRef" label="resources.penalties.fields.clauseRef" fullWidth />
      </ActionButton>
      <ActionButton<PenaltyRecord>
        label="hub.actions.appeal"
        capability="fileAppeals"
        applies={(r) => r.status === 'ISSUED' || r.status === 'EXECUTED'}
        mutation={FileAppeal}
        defaultValues={() => ({ kind: 'APPEAL' })}
        input={(v, r) => ({
          penaltyId: r.id,
          expectedVersion: r.version,
          kind: v.kind,
          grounds: text(v.grounds),
        })}
        summary={<Amount />}
      >
        <SelectInput
          source="kind"
          label="hub.penalty.appealKind"
          choices={enumChoices('AppealKind', Object.keys(enumsEn.AppealKind))}
          validate={required()}
        />
        <TextInput source="grounds" label="hub.penalty.grounds" multiline fullWidth validate={required()} />
      </ActionButton>
      <ActionButton<PenaltyRecord>
        label="hub.actions.decide"
        capability="decidePenalties"
        applies={(r) => r.status === 'APPEALED'}
        mutation={DecideAppeal}
        defaultValues={() => ({ decision: 'UPHOLD' })}
        input={(v, r) => ({
          penaltyId: r.id,
          expectedVersion: r.version,
          decision: v.decision,
          reason: text(v.reason),
          reducedAmountFen: v.decision === 'REDUCE' ? parseYuanToFen(String(v.reducedAmount ?? '')) : null,
        })}
        summary={<Amount />}
      >
        <SelectInput
          source="decision"
          label="hub.penalty.decision"
          choices={enumChoices('AppealDecision', Object.keys(enumsEn.AppealDecision))}
          validate={required()}
        />
        <TextInput
          source="reason"
          label="hub.penalty.decisionReason"
          multiline
          fullWidth
          validate={required()}
        />
        <TextInput source="reducedAmount" label="hub.penalty.reducedAmount" validate={validateYuan} />
      </ActionButton>
      <ActionButton<PenaltyRecord>
        label="hub.actions.execute"
        capability="decidePenalties"
        applies={(r) => ['ISSUED', 'UPHELD', 'REDUCED'].includes(r.status)}
        mutation={ExecutePenalty}
        defaultValues={(r) => ({ recoveredAmount: fenToYuanInput(r.amountFen) })}
        input={(v, r) => ({
          ...target(r),
          recoveredAmountFen: text(v.recoveredAmount) ? parseYuanToFen(String(v.recoveredAmount)) : null,
          effectiveFrom: v.effectiveFrom || null,
        })}
        summary={<Amount />}
      >
        <TextInput source="recoveredAmount" label="hub.penalty.recoveredAmount" validate={validateYuan} />
        <DayInput source="effectiveFrom" label="hub.actions.effectiveOn" />
      </ActionButton>
      <ActionButton<PenaltyRecord>
        label="hub.actions.close"
        capability="decidePenalties"
        applies={(r) => ['PROPOSED', 'EXECUTED', 'OVERTURNED'].includes(r.status)}
        mutation={ClosePenalty}
        input={(v, r) => ({ ...target(r), reason: text(v.reason) })}
        summary={<Amount />}
      >
        <TextInput source="reason" label="hub.actions.reason" multiline fullWidth />
      </ActionButton>
    </>
  );
}
