import type { ResourceProps } from 'react-admin';
import DescriptionIcon from '@mui/icons-material/Description';
import type { ResourceDef } from '../../providers/data/resource-def.js';
import { agreementFilter } from './filter.js';
import { AgreementList as ListDoc, AgreementMany, AgreementOne } from './queries.js';
import { AgreementList } from './AgreementList.js';
import { AgreementShow } from './AgreementShow.js';

export const agreementsDef: ResourceDef = {
  list: ListDoc,
  listField: 'agreements',
  one: AgreementOne,
  oneField: 'agreement',
  many: AgreementMany,
  orderFields: { number: 'NUMBER', kind: 'KIND', status: 'STATUS', startsOn: 'STARTS_ON', endsOn: 'ENDS_ON', createdAt: 'CREATED_AT' },
  filter: agreementFilter,
};

export const agreementsView: ResourceProps = {
  name: 'agreements',
  icon: DescriptionIcon,
  list: AgreementList,
  show: AgreementShow,
  recordRepresentation: 'number',
};
