import { BooleanInput, NumberInput, SelectInput } from 'react-admin';
import { enumChoices } from '../../common/fields.js';
import { PartyFilter } from '../../common/PartyFilter.js';
import { enumsEn } from '../../i18n/enums.en.js';

export const filters = [
  <SelectInput
    key="subjectType"
    source="subjectType"
    choices={enumChoices('CreditSubjectType', Object.keys(enumsEn.CreditSubjectType))}
    alwaysOn
  />,
  <SelectInput
    key="grade"
    source="grade"
    choices={enumChoices('CreditGrade', Object.keys(enumsEn.CreditGrade))}
    alwaysOn
  />,
  <NumberInput key="yearFrom" source="yearFrom" />,
  <NumberInput key="yearTo" source="yearTo" />,
  <PartyFilter
    key="providerId"
    source="providerId"
    reference="providers"
    label="resources.creditEvaluations.fields.provider"
  />,
  <PartyFilter
    key="partnerId"
    source="partnerId"
    reference="partners"
    label="resources.creditEvaluations.fields.partner"
  />,
  <BooleanInput key="blacklisted" source="blacklisted" />,
];
