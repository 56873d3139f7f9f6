import { builder } from '../builder.js';
import { CAN } from '../../server/auth/capabilities.js';
import { visible } from '../../server/auth/tenant-filters.js';
import { connectionOf } from './connection-helpers.js';

/** One clause of an agreement version, zh and en. */
export const AgreementClause = builder.prismaNode('AgreementClause', {
  id: { field: 'id' },
  authScopes: { roles: CAN.read },
  findUnique: (id, ctx) => ({ id, AND: [visible.agreementClause(ctx.viewer)] }),
  nullable: true,
  fields: (t) => ({
    clauseNo: t.exposeString('clauseNo'),
    titleZh: t.exposeString('titleZh'),
    titleEn: t.exposeString('titleEn'),
    bodyZh: t.exposeString('bodyZh'),
    bodyEn: t.exposeString('bodyEn'),
    agreementVersion: t.relation('version', { description: 'The agreement version this clause belongs to.' }),
  }),
});

export const AgreementClauseConnection = connectionOf(AgreementClause, 'AgreementClause');
