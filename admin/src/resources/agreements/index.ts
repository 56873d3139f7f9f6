import type { ResourceProps } from 'react-admin';
import DescriptionIcon from '@mui/icons-material/Description';
import type { ResourceDef } from '../../providers/data/resource-def.js';
import { agreementFilter } from './filter.js';
import { AgreementList as ListDoc, AgreementMany, AgreementOne } from './queries.js';
import { AgreementList } from './AgreementList.js';
import { AgreementShow } from './AgreementShow.js';
import { AgreementCreate } from './AgreementCreate.js';
import { DraftAgreement } from './mutations.js';
import { draftInput } from './draft-input.js';

export const agreementsDef: ResourceDef = {
  list: ListDoc,
  listField: 'agreements',
  one: AgreementOne,
  oneField: 'agreement',
  many: AgreementMany,
  orderFields: {
    number: 'NUMBER',
    kind: 'KIND',
    status: 'STATUS',
    startsOn: 'STARTS_ON',
    endsOn: 'ENDS_ON',
    createdAt: 'CREATED_AT',
  },
  filter: agreementFilter,
  create: {
    document: DraftAgreement,
    field: 'draftAgreement',
    payload: 'agreement',
    input: ({ data }) => draftInput(data),
  },
};

export const agreementsView: ResourceProps = {
  name: 'agreements',
  icon: DescriptionIcon,
  list: AgreementList,
  show: AgreementShow,
  create: AgreementCreate,
  recordRepresentation: 'number',
};
