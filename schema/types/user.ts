import { builder } from '../builder.js';
import { Role } from '../enums.js';
import { CAN } from '../../server/auth/capabilities.js';
import { visible } from '../../server/auth/tenant-filters.js';
import { requestDb } from '../../server/policy/request-db.js';
import { connectionOf } from './connection-helpers.js';
import { Insurer } from './insurer.js';
import { Provider } from './provider.js';
import { createUser, USER_ROLES } from '../../server/domain/access/create-user.js';

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
      resolve: (query, _root, _args, ctx) => requestDb(ctx).user.findMany({ ...query, where: visible.user(ctx.viewer), orderBy: [{ id: 'asc' }] }),
      totalCount: (_root, _args, ctx) => requestDb(ctx).user.count({ where: visible.user(ctx.viewer) }),
    },
    UserConnection,
  ),
}));

export const UserRole = builder.enumType('UserRole', {
  description: 'Roles a person logs in with (machine identities are API clients).',
  values: USER_ROLES,
});

const CreateUserInput = builder.inputType('CreateUserInput', {
  fields: (t) => ({
    username: t.string(),
    password: t.string({ description: 'At least 12 characters; stored only as a scrypt hash.' }),
    displayName: t.string(),
    locale: t.string({ required: false, description: 'zh-CN (default) or en.' }),
    role: t.field({ type: UserRole }),
    insurerId: t.globalID({ for: Insurer, required: false }),
    providerId: t.globalID({ for: Provider, required: false }),
  }),
});

/** The account after a change, and the change's audit event. */
export const userPayload = (name: string) =>
  builder.objectRef<{ userId: string; auditSeq: bigint }>(name).implement({
    fields: (t) => ({
      user: t.prismaField({ type: User, resolve: (query, p, _args, ctx) => requestDb(ctx).user.findUniqueOrThrow({ ...query, where: { id: p.userId } }) }),
      auditSeq: t.string({ description: 'Sequence number of the audit event.', resolve: (p) => p.auditSeq.toString() }),
    }),
  });
const CreateUserPayload = userPayload('CreateUserPayload');

builder.mutationField('createUser', (t) =>
  t.field({
    type: CreateUserPayload,
    authScopes: { roles: CAN.manageAccess },
    args: { input: t.arg({ type: CreateUserInput }) },
    resolve: async (_root, { input }, ctx) => {
      const { user, auditSeq } = await createUser(
        { actor: ctx.viewer, requestId: ctx.requestId },
        {
          username: input.username,
          password: input.password,
          displayName: input.displayName,
          locale: (input.locale ?? undefined) as 'zh-CN' | 'en' | undefined,
          role: input.role,
          insurerId: input.insurerId?.id ?? null,
          providerId: input.providerId?.id ?? null,
        },
      );
      return { userId: user.id, auditSeq };
    },
  }),
);
