import { enumFilter } from '../../common/filters.js';
import { BooleanInput, NumberInput } from 'react-admin';
import { PartyFilter } from '../../common/PartyFilter.js';

export const filters = [
  enumFilter('subjectType', 'CreditSubjectType', { alwaysOn: true }),
  enumFilter('grade', 'CreditGrade', { alwaysOn: true }),
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
