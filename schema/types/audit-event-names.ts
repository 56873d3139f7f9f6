import { builder } from '../builder.js';
import { CAN } from '../../server/auth/capabilities.js';
import { visible } from '../../server/auth/tenant-filters.js';
import { db, type PrismaClient } from '../../server/db/database.js';
import { requestDb } from '../../server/policy/request-db.js';
import type { Context } from '../../server/context.js';
import type { Viewer } from '../../server/auth/viewer.js';
import { AuditEventRef } from './audit-event.js';
import { AgreementTransition } from './agreement-transition.js';

/**
 * Names for an audit entry, so a person reads "协议 AGR-20261206-… 由 马鞍山市医保中心管理员"
 * instead of ids. Each name is loaded through the viewer's tenant filter: a record or an
 * actor the viewer may not see has no name (null), and the console falls back to words
 * ("用户", "系统"). Loads are shared per operation: a page of 50 events asks once per record.
 */
type Loader = (key: string) => Promise<string | null>;
const loaders = new WeakMap<Context, Map<string, Promise<string | null>>>();

function cached(ctx: Context, key: string, load: Loader): Promise<string | null> {
  let cache = loaders.get(ctx);
  if (!cache) loaders.set(ctx, (cache = new Map()));
  let hit = cache.get(key);
  if (!hit) cache.set(key, (hit = load(key).catch(() => null)));
  return hit;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The record's number (agreements, findings, penalties, tip-offs) or name (parties), read with
 * `p`, the viewer's row-secured client (requestDb): the tenant filter is the fast path and
 * row-level security the floor, as for the records themselves.
 */
export async function recordName(p: PrismaClient, viewer: Viewer, entityType: string, id: string): Promise<string | null> {
  if (!UUID.test(id)) return null;
  const byId = { id };
  switch (entityType) {
    case 'Agreement':
      return (
        (
          await p.agreement.findFirst({
            where: { AND: [byId, visible.agreement(viewer)] },
            select: { number: true },
          })
        )?.number ?? null
      );
    case 'Penalty':
      return (
        (
          await p.penalty.findFirst({
            where: { AND: [byId, visible.penalty(viewer)] },
            select: { number: true },
          })
        )?.number ?? null
      );
    case 'Finding':
      return (
        (
          await p.finding.findFirst({
            where: { AND: [byId, visible.finding(viewer)] },
            select: { number: true },
          })
        )?.number ?? null
      );
    case 'TipOff':
      return (
        (
          await p.tipOff.findFirst({
            where: { AND: [byId, visible.tipOff(viewer)] },
            select: { number: true },
          })
        )?.number ?? null
      );
    case 'Provider':
      return (
        (
          await p.provider.findFirst({
            where: { AND: [byId, visible.provider(viewer)] },
            select: { nameZh: true },
          })
        )?.nameZh ?? null
      );
    case 'Partner':
      return (
        (
          await p.partner.findFirst({
            where: { AND: [byId, visible.partner(viewer)] },
            select: { nameZh: true },
          })
        )?.nameZh ?? null
      );
    case 'Insurer':
      return (
        (
          await p.insurer.findFirst({
            where: { AND: [byId, visible.insurer(viewer)] },
            select: { nameZh: true },
          })
        )?.nameZh ?? null
      );
    case 'Physician':
      return (
        (
          await p.physician.findFirst({
            where: { AND: [byId, visible.physician(viewer)] },
            select: { nameZh: true },
          })
        )?.nameZh ?? null
      );
    default:
      return null;
  }
}

export async function actorName(viewer: Viewer, actorType: string, id: string): Promise<string | null> {
  if (!UUID.test(id)) return null;
  if (actorType === 'USER') {
    const user = await db().user.findFirst({
      where: { AND: [{ id }, visible.actorUser(viewer)] },
      select: { displayName: true },
    });
    return user?.displayName ?? null;
  }
  if (actorType === 'API_CLIENT') {
    const client = await db().apiClient.findFirst({
      where: { AND: [{ id }, visible.actorApiClient(viewer)] },
      select: { name: true },
    });
    return client?.name ?? null;
  }
  return null;
}

builder.objectFields(AuditEventRef, (t) => ({
  subjectName: t.string({
    nullable: true,
    authScopes: { roles: CAN.read },
    description: "The subject's number or name as the viewer may see it (null when not visible or unnamed).",
    resolve: (e, _args, ctx) =>
      cached(ctx, `s:${e.entityType}:${e.entityId}`, () => recordName(requestDb(ctx), ctx.viewer, e.entityType, e.entityId)),
  }),
  actorName: t.string({
    nullable: true,
    authScopes: { roles: CAN.read },
    description:
      "The acting user's or API client's name, for the viewer's own organisation only (null otherwise, and for the system).",
    resolve: (e, _args, ctx) =>
      cached(ctx, `a:${e.actorType}:${e.actorId}`, () => actorName(ctx.viewer, e.actorType, e.actorId)),
  }),
}));

builder.objectFields(AgreementTransition, (t) => ({
  actorName: t.string({
    nullable: true,
    authScopes: { roles: CAN.read },
    description:
      "The acting user's or API client's name, for the viewer's own organisation only (null otherwise, and for the system).",
    resolve: (row, _args, ctx) =>
      cached(ctx, `a:${row.actorType}:${row.actorId}`, () =>
        actorName(ctx.viewer, row.actorType, row.actorId),
      ),
  }),
}));
