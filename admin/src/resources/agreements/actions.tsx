import {
  ArrayInput,
  SelectInput,
  SimpleFormIterator,
  TextInput,
  required,
  useRedirect,
} from 'react-admin';
import { ActionButton } from '../../common/ActionButton.js';
import { TemplateInput } from './TemplateInput.js';
import { enumChoices } from '../../common/fields.js';
import {
  AmendAgreement,
  RenewAgreement,
  ResumeAgreement,
  SignAgreement,
  SuspendAgreement,
  TerminateAgreement,
} from './mutations.js';
import { DayInput } from '../../common/DayInput.js';

type AgreementRecord = {
  id: string;
  status: string;
  version: number;
  number: string;
  kind?: string;
  insurer?: { id: string } | null;
};

/** Every lifecycle command names the record and the version the user saw (optimistic locking). */
const target = (r: AgreementRecord) => ({ id: r.id, expectedVersion: r.version });
const text = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null);

const Reason = ({ optional }: { optional?: boolean }) => (
  <TextInput
    source="reason"
    label="hub.actions.reason"
    multiline
    fullWidth
    validate={optional ? undefined : required()}
  />
);

/**
 * The lifecycle of docs/domain/agreements.md as buttons: each shows only in the states the rules allow
 * (server/domain/agreements/rules.ts) and only to users holding `manageAgreements`.
 */
export function AgreementActions() {
  const redirect = useRedirect();
  return (
    <>
      <ActionButton<AgreementRecord>
        label="hub.actions.sign"
        capability="manageAgreements"
        applies={(r) => r.status === 'DRAFT'}
        mutation={SignAgreement}
        input={(v, r) => ({ ...target(r), reason: text(v.reason) })}
      >
        <Reason optional />
      </ActionButton>
      <ActionButton<AgreementRecord>
        label="hub.actions.amend"
        capability="manageAgreements"
        applies={(r) => ['ACTIVE', 'SIGNED', 'SUSPENDED'].includes(r.status)}
        mutation={AmendAgreement}
        // The template picker lists the agreement's kind of templates (of its insurer).
        defaultValues={(r) => ({ kind: r.kind, insurerId: r.insurer?.id, template: '' })}
        input={(v, r) => ({
          ...target(r),
          changeNote: text(v.changeNote),
          templateCode: text(v.templateCode),
          templateVersion: text(v.templateVersion),
          effectiveFrom: v.effectiveFrom || null,
          clauses: ((v.clauses as Record<string, unknown>[] | undefined) ?? []).map((c) => ({
            clauseNo: String(c.clauseNo ?? ''),
            titleZh: c.titleZh,
            titleEn: c.titleEn,
            bodyZh: c.bodyZh,
            bodyEn: c.bodyEn,
          })),
          reason: text(v.reason),
        })}
      >
        <TextInput
          source="changeNote"
          label="hub.actions.changeNote"
          multiline
          fullWidth
          validate={required()}
        />
        <TemplateInput optional />
        <DayInput source="effectiveFrom" label="hub.actions.effectiveOn" />
        <ArrayInput source="clauses" label="hub.agreement.clausesChanged">
          <SimpleFormIterator>
            <TextInput source="clauseNo" label="#" validate={required()} />
            <TextInput source="titleZh" label="hub.agreement.titleZh" validate={required()} fullWidth />
            <TextInput source="titleEn" label="hub.agreement.titleEn" validate={required()} fullWidth />
            <TextInput
              source="bodyZh"
              label="hub.agreement.bodyZh"
              multiline
              validate={required()}
              fullWidth
            />
            <TextInput
              source="bodyEn"
              label="hub.agreement.bodyEn"
              multiline
              validate={required()}
              fullWidth
            />
          </SimpleFormIterator>
        </ArrayInput>
      </ActionButton>
      <ActionButton<AgreementRecord>
        label="hub.actions.suspend"
        capability="manageAgreements"
        applies={(r) => r.status === 'ACTIVE' || r.status === 'SIGNED'}
        mutation={SuspendAgreement}
        color="warning"
        defaultValues={() => ({ scope: 'AGREEMENT' })}
        input={(v, r) => ({
          ...target(r),
          scope: v.scope,
          reason: text(v.reason),
          effectiveOn: v.effectiveOn || null,
        })}
      >
        <SelectInput
          source="scope"
          label="hub.actions.scope"
          choices={enumChoices('SuspensionScope', ['AGREEMENT', 'REAL_TIME_SETTLEMENT'])}
          validate={required()}
        />
        <Reason />
        <DayInput source="effectiveOn" label="hub.actions.effectiveOn" />
      </ActionButton>
      <ActionButton<AgreementRecord>
        label="hub.actions.resume"
        capability="manageAgreements"
        applies={(r) => r.status === 'SUSPENDED'}
        mutation={ResumeAgreement}
        input={(v, r) => ({ ...target(r), reason: text(v.reason) })}
      >
        <Reason />
      </ActionButton>
      <ActionButton<AgreementRecord>
        label="hub.actions.terminate"
        capability="manageAgreements"
        applies={(r) => ['ACTIVE', 'SIGNED', 'SUSPENDED'].includes(r.status)}
        mutation={TerminateAgreement}
        color="error"
        warning="hub.actions.terminateWarning"
        input={(v, r) => ({ ...target(r), reason: text(v.reason), effectiveOn: v.effectiveOn || null })}
      >
        <Reason />
        <DayInput source="effectiveOn" label="hub.actions.effectiveOn" />
      </ActionButton>
      <ActionButton<AgreementRecord>
        label="hub.actions.renew"
        capability="manageAgreements"
        applies={(r) => r.status === 'ACTIVE' || r.status === 'EXPIRED'}
        mutation={RenewAgreement}
        input={(v, r) => ({ ...target(r), reason: text(v.reason), number: text(v.number) })}
        onDone={(data) => {
          const renewed = (data.renewAgreement as { agreement?: { id: string } } | undefined)?.agreement;
          if (renewed) redirect('show', 'agreements', renewed.id);
        }}
      >
        <TextInput source="number" label="resources.agreements.fields.number" />
        <Reason optional />
      </ActionButton>
    </>
  );
}
