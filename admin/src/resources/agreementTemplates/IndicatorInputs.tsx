import { ArrayInput, SelectInput, SimpleFormIterator, TextInput, required } from 'react-admin';
import { enumChoices } from '../../common/fields.js';
import { validateThreshold } from '../../common/indicator-threshold.js';
import { enumsEn } from '../../i18n/enums.en.js';

/** Control indicators of a template: metric, comparator, threshold in its unit (yuan for money: the API's fen are converted by the form's mapping). */
export function IndicatorInputs() {
  return (
    <ArrayInput source="indicators" label="hub.template.indicators">
      <SimpleFormIterator inline>
        <SelectInput
          source="metric"
          label="hub.template.indicatorMetrics"
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
          label="hub.template.threshold"
          validate={[required(), validateThreshold]}
        />
        <SelectInput
          source="unit"
          label="hub.agreement.unit"
          choices={enumChoices('IndicatorUnit', Object.keys(enumsEn.IndicatorUnit))}
          validate={required()}
        />
        <SelectInput
          source="breachMeasure"
          label="hub.template.breachMeasure"
          choices={enumChoices('PenaltyMeasure', Object.keys(enumsEn.PenaltyMeasure))}
        />
      </SimpleFormIterator>
    </ArrayInput>
  );
}
