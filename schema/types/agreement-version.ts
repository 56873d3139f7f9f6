import { builder } from '../builder.js';
import { CAN } from '../../server/auth/capabilities.js';
import { visible } from '../../server/auth/tenant-filters.js';
import { connectionOf } from './connection-helpers.js';
import { AgreementClauseConnection } from './agreement-clause.js';
import { ControlIndicatorConnection } from './control-indicator.js';

/** One version of an agreement's terms; amendments add versions, old ones stay readable. */
export const AgreementVersion = builder.prismaNode('AgreementVersion', {
  id: { field: 'id' },
  authScopes: { roles: CAN.read },
  findUnique: (id, ctx) => ({ id, AND: [visible.agreementVersion(ctx.viewer)] }),
  nullable: true,
  fields: (t) => ({
    versionNo: t.exposeInt('versionNo'),
    templateCode: t.exposeString('templateCode'),
    templateVersion: t.exposeString('templateVersion'),
    changeNote: t.exposeString('changeNote', { nullable: true }),
    effectiveFrom: t.expose('effectiveFrom', { type: 'Date' }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    agreement: t.relation('agreement'),
  }),
});

export const AgreementVersionConnection = connectionOf(AgreementVersion, 'AgreementVersion');

// Relations to other entities' connections are added here, apart from the node's own
// definition, so TypeScript does not infer the node refs through each other (import cycles).
builder.prismaObjectFields(AgreementVersion, (t) => ({
  clauses: t.relatedConnection(
    'clauses',
    { cursor: 'id', totalCount: true, query: () => ({ orderBy: [{ clauseNo: 'asc' }, { id: 'asc' }] }) },
    AgreementClauseConnection,
  ),
  indicators: t.relatedConnection(
    'indicators',
    { cursor: 'id', totalCount: true, query: () => ({ orderBy: [{ metric: 'asc' }, { id: 'asc' }] }) },
    ControlIndicatorConnection,
  ),
}));
