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

/**
 * What one operation read of one entity type: who (actor, role) saw which agreements, findings
 * or penalties, in which operation. One entry per operation and type, not per entity: a nested
 * list answer reads ~1,400 entities (bench/PERFORMANCE.md).
 */
export const AccessLogEntry = builder.prismaObject('AccessLogEntry', {
  authScopes: { roles: CAN.readAccessLog },
  fields: (t) => ({
    id: t.string({ description: 'Sequence number of the entry.', resolve: (e) => e.id.toString() }),
    at: t.expose('at', { type: 'DateTime' }),
    actorType: t.expose('actorType', { type: ActorType }),
    actorId: t.exposeString('actorId', { description: 'User or API client id (raw UUID).' }),
    role: t.expose('role', { type: Role }),
    entityType: t.exposeString('entityType', { description: 'Agreement, Finding or Penalty.' }),
    entityIds: t.idList({
      description: 'Global IDs of every entity of this type the operation read.',
      resolve: (e) => e.entityIds.map((id) => encodeGlobalID(e.entityType, id)),
    }),
    readCount: t.int({ description: 'How many entities of this type the operation read.', resolve: (e) => e.entityIds.length }),
    operationName: t.exposeString('operationName', { nullable: true }),
    requestId: t.exposeString('requestId', { nullable: true }),
  }),
});

export const AccessLogEntryConnection = connectionOf(AccessLogEntry, 'AccessLogEntry');

const AccessLogFilter = builder.inputType('AccessLogFilter', {
  fields: (t) => ({
    entityType: t.string({ required: false, description: 'Agreement, Finding or Penalty.' }),
    entityId: t.globalID({ required: false, description: 'Global ID of an agreement, finding or penalty: the entries that read it.' }),
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
    // `has` is `entityIds @> ARRAY[id]`, answered by the GIN index on the array.
    defined({ entityType, entityIds: f.entityId ? { has: f.entityId.id } : undefined, actorId: f.actorId ?? undefined, at: range(f.from, f.to) }),
  );
}

builder.queryFields((t) => ({
  accessLog: t.prismaConnection(
    {
      type: AccessLogEntry,
      cursor: 'id',
      authScopes: { roles: CAN.readAccessLog },
      description: 'Who read which agreements, findings or penalties (one entry per operation and entity type), newest first (platform admins).',
      args: { filter: t.arg({ type: AccessLogFilter, required: false }) },
      resolve: (query, _root, args, ctx) =>
        requestDb(ctx).accessLogEntry.findMany({ ...query, where: accessLogWhere(ctx, args.filter), orderBy: [{ id: 'desc' }] }),
      totalCount: (_root, args, ctx) => requestDb(ctx).accessLogEntry.count({ where: accessLogWhere(ctx, args.filter) }),
    },
    AccessLogEntryConnection,
  ),
}));
