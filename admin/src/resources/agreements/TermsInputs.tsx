import { ArrayInput, SelectInput, SimpleFormIterator, TextInput, required } from 'react-admin';
import { enumChoices } from '../../common/fields.js';
import { validateThreshold } from '../../common/indicator-threshold.js';
import { enumsEn } from '../../i18n/enums.en.js';

/** Clauses and control indicators of a draft's version 1 (create and edit forms). */
export function TermsInputs() {
  return (
    <>
      <ArrayInput source="clauses" label="hub.agreement.clauses">
        <SimpleFormIterator inline>
          <TextInput source="clauseNo" label="#" validate={required()} sx={{ width: 80 }} />
          <TextInput source="titleZh" label="hub.agreement.titleZh" validate={required()} />
          <TextInput source="titleEn" label="hub.agreement.titleEn" validate={required()} />
          <TextInput source="bodyZh" label="hub.agreement.bodyZh" multiline validate={required()} />
          <TextInput source="bodyEn" label="hub.agreement.bodyEn" multiline validate={required()} />
        </SimpleFormIterator>
      </ArrayInput>
      <ArrayInput source="indicators" label="hub.agreement.indicators">
        <SimpleFormIterator inline>
          <SelectInput
            source="metric"
            label="hub.agreement.metric"
            choices={enumChoices('IndicatorMetric', Object.keys(enumsEn.IndicatorMetric))}
            validate={required()}
          />
          <SelectInput
            source="comparator"
            label="hub.agreement.comparator"
            choices={enumChoices('Comparator', Object.keys(enumsEn.Comparator))}
            validate={required()}
          />
          <TextInput
            source="threshold"
            label="hub.agreement.threshold"
            validate={[required(), validateThreshold]}
          />
          <SelectInput
            source="unit"
            label="hub.agreement.unit"
            choices={enumChoices('IndicatorUnit', Object.keys(enumsEn.IndicatorUnit))}
            validate={required()}
          />
        </SimpleFormIterator>
      </ArrayInput>
    </>
  );
}
