import { builder } from '../builder.js';
import { CAN } from '../../server/auth/capabilities.js';
import { visible } from '../../server/auth/tenant-filters.js';
import { connectionOf } from './connection-helpers.js';

/** 多点执业: one site where a physician may practise; the primary site is listed too. */
export const PracticeSite = builder.prismaNode('PracticeSite', {
  id: { field: 'id' },
  authScopes: { roles: CAN.read },
  findUnique: (id, ctx) => ({ id, AND: [visible.practiceSite(ctx.viewer)] }),
  nullable: true,
  fields: (t) => ({
    isPrimary: t.exposeBoolean('isPrimary'),
    startsOn: t.expose('startsOn', { type: 'Date' }),
    endsOn: t.expose('endsOn', { type: 'Date', nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    physician: t.relation('physician'),
    provider: t.relation('provider'),
  }),
});

export const PracticeSiteConnection = connectionOf(PracticeSite, 'PracticeSite');

/** Primary site first, then by start date. */
export const practiceSiteOrder = [
  { isPrimary: 'desc' as const },
  { startsOn: 'asc' as const },
  { id: 'asc' as const },
];
