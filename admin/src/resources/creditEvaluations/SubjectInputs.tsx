import { NumberInput, SelectInput, required } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { enumChoices } from '../../common/fields.js';
import { PartyFilter } from '../../common/PartyFilter.js';
import { enumsEn } from '../../i18n/enums.en.js';

const REFERENCE: Record<string, string> = {
  PROVIDER: 'providers',
  PARTNER: 'partners',
  PHYSICIAN: 'physicians',
};

/** Whom to grade (a provider, partner or physician picked by name) and for which year. */
export function SubjectInputs() {
  const subjectType = (useWatch({ name: 'subjectType' }) as string | undefined) ?? 'PROVIDER';
  return (
    <>
      <SelectInput
        source="subjectType"
        label="resources.creditEvaluations.fields.subjectType"
        choices={enumChoices('CreditSubjectType', Object.keys(enumsEn.CreditSubjectType))}
        validate={required()}
      />
      <PartyFilter
        key={subjectType}
        source="subjectId"
        reference={REFERENCE[subjectType] ?? 'providers'}
        label="resources.creditEvaluations.fields.subject"
      />
      <NumberInput source="year" label="resources.creditEvaluations.fields.year" validate={required()} />
    </>
  );
}
