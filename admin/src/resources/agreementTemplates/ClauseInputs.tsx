import {
  ArrayInput,
  NumberInput,
  SelectArrayInput,
  SelectInput,
  SimpleFormIterator,
  TextInput,
  required,
} from 'react-admin';
import { Box } from '@mui/material';
import { enumChoices } from '../../common/fields.js';
import { enumsEn } from '../../i18n/enums.en.js';

const metrics = enumChoices('IndicatorMetric', Object.keys(enumsEn.IndicatorMetric));
const measures = enumChoices('PenaltyMeasure', Object.keys(enumsEn.PenaltyMeasure));

/** Rule codes are edited as one line ("R-A, R-B"); template-input.ts splits them. */
const joinCodes = (v: unknown) => (Array.isArray(v) ? v.join(', ') : ((v as string | undefined) ?? ''));

/**
 * A template's clauses with their links: the monitoring rules whose confirmed hits breach the
 * clause, the indicators it governs, and the penalty ladder (window and escalating steps).
 */
export function ClauseInputs() {
  return (
    <ArrayInput source="clauses" label="hub.template.clauses">
      <SimpleFormIterator fullWidth>
        <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', width: '100%' }}>
          <TextInput source="clauseNo" label="#" validate={required()} sx={{ width: 90 }} />
          <TextInput source="titleZh" label="hub.agreement.titleZh" validate={required()} />
          <TextInput source="titleEn" label="hub.agreement.titleEn" validate={required()} />
          <TextInput
            source="ruleCodes"
            label="hub.template.ruleCodes"
            format={joinCodes}
            sx={{ minWidth: 240 }}
          />
          <SelectArrayInput
            source="indicatorMetrics"
            label="hub.template.indicatorMetrics"
            choices={metrics}
            sx={{ minWidth: 200 }}
          />
        </Box>
        <TextInput source="bodyZh" label="hub.agreement.bodyZh" multiline fullWidth validate={required()} />
        <TextInput source="bodyEn" label="hub.agreement.bodyEn" multiline fullWidth validate={required()} />
        <NumberInput source="ladder.windowMonths" label="hub.template.windowMonths" min={1} />
        <ArrayInput source="ladder.steps" label="hub.template.ladder">
          <SimpleFormIterator inline>
            <SelectInput
              source="measure"
              label="hub.template.measure"
              choices={measures}
              validate={required()}
            />
            <TextInput source="multiple" label="hub.template.multiple" sx={{ width: 100 }} />
            <NumberInput source="durationMonths" label="hub.template.durationMonths" sx={{ width: 150 }} />
          </SimpleFormIterator>
        </ArrayInput>
      </SimpleFormIterator>
    </ArrayInput>
  );
}
