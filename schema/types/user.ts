import { builder } from '../builder.js';
import { Role } from '../enums.js';
import { CAN } from '../../server/auth/capabilities.js';
import { visible } from '../../server/auth/tenant-filters.js';
import { db } from '../../server/db/database.js';
import { connectionOf } from './connection-helpers.js';

/** A staff account (agency or provider). The password hash and session tokens never leave the server. */
export const User = builder.prismaNode('User', {
  id: { field: 'id' },
  authScopes: { roles: CAN.manageAccess },
  findUnique: (id, ctx) => ({ id, AND: [visible.user(ctx.viewer)] }),
  nullable: true,
  fields: (t) => ({
    username: t.exposeString('username'),
    displayName: t.exposeString('displayName'),
    locale: t.exposeString('locale'),
    role: t.expose('role', { type: Role }),
    insurer: t.relation('insurer', { nullable: true }),
    provider: t.relation('provider', { nullable: true }),
    lockedUntil: t.expose('lockedUntil', { type: 'DateTime', nullable: true, description: 'Set after 5 failed logins in a row.' }),
    disabledAt: t.expose('disabledAt', { type: 'DateTime', nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

export const UserConnection = connectionOf(User, 'User');

builder.queryFields((t) => ({
  users: t.prismaConnection(
    {
      type: User,
      cursor: 'id',
      authScopes: { roles: CAN.manageAccess },
      description: 'Staff accounts the caller manages.',
      resolve: (query, _root, _args, ctx) => db().user.findMany({ ...query, where: visible.user(ctx.viewer), orderBy: [{ id: 'asc' }] }),
      totalCount: (_root, _args, ctx) => db().user.count({ where: visible.user(ctx.viewer) }),
    },
    UserConnection,
  ),
}));
