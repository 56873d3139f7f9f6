import { useMemo } from 'react';
import { Edit, SimpleForm, TextInput, required, useRecordContext } from 'react-admin';
import { TemplateTitle } from './TemplateTitle.js';
import { ClauseInputs } from './ClauseInputs.js';
import { IndicatorInputs } from './IndicatorInputs.js';
import { thresholdToForm } from '../../common/indicator-threshold.js';
import { DayInput } from '../../common/DayInput.js';

/** The draft's values with money thresholds in yuan (the form's unit; template-input.ts sends fen). */
function TemplateForm() {
  const record = useRecordContext();
  // Keyed by content: a fresh object on every render would make the form reset itself.
  const values = useMemo(
    () =>
      record
        ? {
            ...record,
            indicators: ((record.indicators as Record<string, unknown>[] | undefined) ?? []).map((i) => ({
              ...i,
              threshold: thresholdToForm(i.threshold, i.unit),
            })),
          }
        : null,
    [record],
  );
  if (!values) return null;
  return (
    <SimpleForm record={values}>
      <TextInput source="titleZh" validate={required()} fullWidth />
      <TextInput source="titleEn" validate={required()} fullWidth />
      <DayInput source="effectiveFrom" validate={required()} />
      <TextInput source="changeNote" multiline fullWidth />
      <ClauseInputs />
      <IndicatorInputs />
    </SimpleForm>
  );
}

/** Edits a DRAFT version; clauses and indicators are sent whole (they replace the lists). */
export function TemplateEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect="show" title={<TemplateTitle />}>
      <TemplateForm />
    </Edit>
  );
}
