import { FormDataConsumer, NumberInput, SelectInput, TextInput, maxValue, minValue, required, useTranslate } from 'react-admin';
import { ActionButton } from '../../common/ActionButton.js';
import { enumChoices } from '../../common/fields.js';
import { DecideApplication, EvaluateApplication, WithdrawApplication } from './mutations.js';

type Application = { id: string; number: string; status: string; version: number };

/** The published scoring standard (server/domain/admission/rules.ts SCORE_ITEMS). */
const ITEMS = [
  { item: 'SITE_VISIT', max: 40 },
  { item: 'MATERIALS', max: 30 },
  { item: 'INFORMATION_SYSTEM', max: 30 },
] as const;
const m = 'resources.designationApplications.';
const text = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null);

/** 评估: score each item of the standard; allowed again until the decision. */
export function EvaluateButton() {
  const translate = useTranslate();
  return (
    <ActionButton<Application>
      label={`${m}evaluate.action`}
      capability="manageSupervision"
      applies={(r) => r.status === 'SUBMITTED' || r.status === 'EVALUATED'}
      mutation={EvaluateApplication}
      input={(v, r) => ({
        id: r.id,
        expectedVersion: r.version,
        scores: ITEMS.map(({ item }) => ({ item, score: Number(v[item]) })),
      })}
    >
      {ITEMS.map(({ item, max }) => (
        <NumberInput
          key={item}
          source={item}
          label={`${m}evaluate.${item}`}
          helperText={translate(`${m}evaluate.outOf`, { max })}
          min={0}
          max={max}
          step={1}
          validate={[required(), minValue(0), maxValue(max)]}
          fullWidth
        />
      ))}
    </ActionButton>
  );
}

/** 作出决定: designate (the provider and its draft agreement are created) or refuse with a reason. */
export function DecideButton() {
  return (
    <ActionButton<Application>
      label={`${m}decide.action`}
      capability="manageAgreements"
      applies={(r) => r.status === 'SUBMITTED' || r.status === 'EVALUATED'}
      mutation={DecideApplication}
      defaultValues={(r) => ({ decision: r.status === 'EVALUATED' ? 'DESIGNATE' : 'REFUSE' })}
      input={(v, r) => ({ id: r.id, expectedVersion: r.version, decision: v.decision, reason: text(v.reason) })}
    >
      <SelectInput
        source="decision"
        label={`${m}decide.decision`}
        choices={enumChoices('ApplicationDecision', ['DESIGNATE', 'REFUSE'])}
        validate={required()}
        fullWidth
      />
      <FormDataConsumer>
        {({ formData }) =>
          formData.decision === 'REFUSE' ? (
            <TextInput source="reason" label={`${m}decide.reason`} multiline minRows={2} validate={required(`${m}decide.reasonNeeded`)} fullWidth />
          ) : null
        }
      </FormDataConsumer>
    </ActionButton>
  );
}

/**
 * 撤回申请: the applicant withdraws before the decision — its own staff, or agency staff
 * recording a written withdrawal (withdraw-application.ts). A withdrawn application stays on
 * record; the institution may apply again.
 */
export function WithdrawButton() {
  return (
    <ActionButton<Application>
      label={`${m}withdraw.action`}
      capability="applyForDesignation"
      applies={(r) => r.status === 'SUBMITTED' || r.status === 'EVALUATED'}
      mutation={WithdrawApplication}
      defaultValues={() => ({ reason: '' })}
      input={(v, r) => ({ id: r.id, expectedVersion: r.version, reason: text(v.reason) })}
      warning={`${m}withdraw.warning`}
      color="error"
    >
      <TextInput source="reason" label={`${m}withdraw.reason`} multiline minRows={2} fullWidth />
    </ActionButton>
  );
}
