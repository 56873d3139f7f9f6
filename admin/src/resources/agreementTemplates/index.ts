import type { ResourceProps } from 'react-admin';
import ArticleIcon from '@mui/icons-material/Article';
import type { ResourceDef } from '../../providers/data/resource-def.js';
import { TemplateList as ListDoc, TemplateMany, TemplateOne } from './queries.js';
import { DraftTemplate, UpdateTemplate } from './mutations.js';
import { draftTemplateInput, updateTemplateInput } from './template-input.js';
import { lazyScreen } from '../../common/lazy-screen.js';

// Each screen is its own chunk, loaded when first shown.
const TemplateList = lazyScreen(() => import('./TemplateList.js'), 'TemplateList');
const TemplateShow = lazyScreen(() => import('./TemplateShow.js'), 'TemplateShow');
const TemplateCreate = lazyScreen(() => import('./TemplateCreate.js'), 'TemplateCreate');
const TemplateEdit = lazyScreen(() => import('./TemplateEdit.js'), 'TemplateEdit');

export const agreementTemplatesDef: ResourceDef = {
  list: ListDoc,
  listField: 'agreementTemplates',
  one: TemplateOne,
  oneField: 'agreementTemplate',
  many: TemplateMany,
  orderFields: { code: 'CODE', versionNo: 'VERSION_NO', createdAt: 'CREATED_AT' },
  filter: (f) => ({
    ...(f.code ? { code: String(f.code) } : {}),
    ...(f.status ? { status: [f.status] } : {}),
    ...(f.kind ? { kind: [f.kind] } : {}),
    ...(f.insurerId ? { insurerId: String(f.insurerId) } : {}),
  }),
  create: {
    document: DraftTemplate,
    field: 'draftAgreementTemplate',
    payload: 'template',
    input: ({ data }) => draftTemplateInput(data),
  },
  update: {
    document: UpdateTemplate,
    field: 'updateAgreementTemplate',
    payload: 'template',
    input: ({ id, data }) => updateTemplateInput(String(id), data),
  },
};

export const agreementTemplatesView: ResourceProps = {
  name: 'agreementTemplates',
  icon: ArticleIcon,
  list: TemplateList,
  show: TemplateShow,
  create: TemplateCreate,
  edit: TemplateEdit,
  recordRepresentation: 'code',
};
