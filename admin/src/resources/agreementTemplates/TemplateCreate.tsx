import { Create, SelectInput, SimpleForm, TextInput, required } from 'react-admin';
import { enumChoices } from '../../common/fields.js';
import { enumsEn } from '../../i18n/enums.en.js';
import { ClauseInputs } from './ClauseInputs.js';
import { IndicatorInputs } from './IndicatorInputs.js';
import { DayInput } from '../../common/DayInput.js';

const kinds = enumChoices('AgreementKind', Object.keys(enumsEn.AgreementKind));

/** Drafts version 1 of a new code, or the next version of an existing code. */
export function TemplateCreate() {
  return (
    <Create redirect="show">
      <SimpleForm>
        <TextInput source="code" validate={required()} />
        <SelectInput source="kind" choices={kinds} validate={required()} />
        <TextInput source="titleZh" validate={required()} fullWidth />
        <TextInput source="titleEn" validate={required()} fullWidth />
        <DayInput source="effectiveFrom" validate={required()} />
        <TextInput source="changeNote" multiline fullWidth />
        <ClauseInputs />
        <IndicatorInputs />
      </SimpleForm>
    </Create>
  );
}
