import { encodeGlobalID } from '@pothos/plugin-relay';
import { builder } from '../builder.js';
import { ActorType, Role } from '../enums.js';
import { CAN } from '../../server/auth/capabilities.js';
import { visible } from '../../server/auth/tenant-filters.js';
import type { Prisma } from '../../server/db/generated/prisma/client.js';
import type { Context } from '../../server/context.js';
import { requestDb } from '../../server/policy/request-db.js';
import { InputError } from '../../server/domain/errors.js';
import { LOGGED_TYPES } from '../../server/access-log/record.js';
import { allOf, connectionOf, defined, range } from './connection-helpers.js';

/** One read: who (actor, role) saw which agreement, finding or penalty, in which operation. */
export const AccessLogEntry = builder.prismaObject('AccessLogEntry', {
  authScopes: { roles: CAN.readAccessLog },
  fields: (t) => ({
    id: t.string({ description: 'Sequence number of the entry.', resolve: (e) => e.id.toString() }),
    at: t.expose('at', { type: 'DateTime' }),
    actorType: t.expose('actorType', { type: ActorType }),
    actorId: t.exposeString('actorId', { description: 'User or API client id (raw UUID).' }),
    role: t.expose('role', { type: Role }),
    entityType: t.exposeString('entityType', { description: 'Agreement, Finding or Penalty.' }),
    entityId: t.id({ description: 'Global ID of the entity read.', resolve: (e) => encodeGlobalID(e.entityType, e.entityId) }),
    operationName: t.exposeString('operationName', { nullable: true }),
    requestId: t.exposeString('requestId', { nullable: true }),
  }),
});

export const AccessLogEntryConnection = connectionOf(AccessLogEntry, 'AccessLogEntry');

const AccessLogFilter = builder.inputType('AccessLogFilter', {
  fields: (t) => ({
    entityType: t.string({ required: false, description: 'Agreement, Finding or Penalty.' }),
    entityId: t.globalID({ required: false, description: 'Global ID of an agreement, finding or penalty.' }),
    actorId: t.string({ required: false, description: 'Raw user or API client id.' }),
    from: t.field({ type: 'DateTime', required: false }),
    to: t.field({ type: 'DateTime', required: false }),
  }),
});

function accessLogWhere(ctx: Context, filter: typeof AccessLogFilter.$inferInput | null | undefined): Prisma.AccessLogEntryWhereInput {
  const f = filter ?? {};
  const entityType = f.entityType ?? f.entityId?.typename ?? undefined;
  if (entityType !== undefined && !LOGGED_TYPES.has(entityType)) {
    throw new InputError([{ path: ['filter', 'entityType'], message: `one of ${[...LOGGED_TYPES].join(', ')}` }]);
  }
  if (f.entityId && f.entityType && f.entityId.typename !== f.entityType) {
    throw new InputError([{ path: ['filter', 'entityId'], message: `not an id of a ${f.entityType}` }]);
  }
  return allOf<Prisma.AccessLogEntryWhereInput>(
    visible.accessLogEntry(ctx.viewer),
    defined({ entityType, entityId: f.entityId?.id, actorId: f.actorId ?? undefined, at: range(f.from, f.to) }),
  );
}

builder.queryFields((t) => ({
  accessLog: t.prismaConnection(
    {
      type: AccessLogEntry,
      cursor: 'id',
      authScopes: { roles: CAN.readAccessLog },
      description: 'Who read which agreement, finding or penalty, newest first (platform admins).',
      args: { filter: t.arg({ type: AccessLogFilter, required: false }) },
      resolve: (query, _root, args, ctx) =>
        requestDb(ctx).accessLogEntry.findMany({ ...query, where: accessLogWhere(ctx, args.filter), orderBy: [{ id: 'desc' }] }),
      totalCount: (_root, args, ctx) => requestDb(ctx).accessLogEntry.count({ where: accessLogWhere(ctx, args.filter) }),
    },
    AccessLogEntryConnection,
  ),
}));
