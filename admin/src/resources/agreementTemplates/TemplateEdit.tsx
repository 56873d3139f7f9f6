import { DateInput, Edit, SimpleForm, TextInput, required } from 'react-admin';
import { TemplateTitle } from './TemplateTitle.js';
import { ClauseInputs } from './ClauseInputs.js';
import { IndicatorInputs } from './IndicatorInputs.js';

/** Edits a DRAFT version; clauses and indicators are sent whole (they replace the lists). */
export function TemplateEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect="show" title={<TemplateTitle />}>
      <SimpleForm>
        <TextInput source="titleZh" validate={required()} fullWidth />
        <TextInput source="titleEn" validate={required()} fullWidth />
        <DateInput source="effectiveFrom" validate={required()} />
        <TextInput source="changeNote" multiline fullWidth />
        <ClauseInputs />
        <IndicatorInputs />
      </SimpleForm>
    </Edit>
  );
}
