import type { ResourceProps } from 'react-admin';
import DescriptionIcon from '@mui/icons-material/Description';
import type { ResourceDef } from '../../providers/data/resource-def.js';
import { agreementFilter } from './filter.js';
import { AgreementList as ListDoc, AgreementEditOne, AgreementMany, AgreementOne } from './queries.js';
import { DraftAgreement, UpdateDraftAgreement } from './mutations.js';
import { draftInput, updateDraftInput } from './draft-input.js';
import { lazyScreen } from '../../common/lazy-screen.js';

// Each screen is its own chunk, loaded when first shown.
const AgreementList = lazyScreen(() => import('./AgreementList.js'), 'AgreementList');
const AgreementShow = lazyScreen(() => import('./AgreementShow.js'), 'AgreementShow');
const AgreementCreate = lazyScreen(() => import('./AgreementCreate.js'), 'AgreementCreate');
const AgreementEdit = lazyScreen(() => import('./AgreementEdit.js'), 'AgreementEdit');

export const agreementsDef: ResourceDef = {
  list: ListDoc,
  listField: 'agreements',
  one: AgreementOne,
  oneField: 'agreement',
  editOne: AgreementEditOne,
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
  update: {
    document: UpdateDraftAgreement,
    field: 'updateDraftAgreement',
    payload: 'agreement',
    input: ({ id, data }) => updateDraftInput(id, data),
  },
};

export const agreementsView: ResourceProps = {
  name: 'agreements',
  icon: DescriptionIcon,
  list: AgreementList,
  show: AgreementShow,
  create: AgreementCreate,
  edit: AgreementEdit,
  recordRepresentation: 'number',
};
