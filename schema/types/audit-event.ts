import { resolveCursorConnection, type ResolveCursorConnectionArgs } from '@pothos/plugin-relay';
import { builder } from '../builder.js';
import { ActorType } from '../enums.js';
import { can, CAN } from '../../server/auth/capabilities.js';
import { requestDb } from '../../server/policy/request-db.js';
import { db } from '../../server/db/database.js';
import type { AuditCheckpoint, AuditEvent, Prisma } from '../../server/db/generated/prisma/client.js';
import type { Context } from '../../server/context.js';
import { audienceWhere, filterWhere, resolveAudience, type AuditAudience } from '../../server/audit/audience.js';
import { bodyDigest } from '../../server/audit/canonical.js';
import { verifyAuditChain } from '../../server/audit/verify-chain.js';
import { buildProof } from '../../server/audit/proof.js';
import { auditStream } from '../../server/audit/registry.js';
import { parseSeq } from '../../server/audit/seq.js';
import { InputError } from '../../server/domain/errors.js';
import type { AuditHeartbeat, AuditStreamItem } from '../../server/audit/subscription.js';
import { SOURCE_ONLY_ARGUMENTS } from '../field-extensions.js';

/**
 * The audit log: a connection (cursor = seq), chain verification, per-event proofs against
 * published checkpoints, and the live subscription. Sequence numbers travel as decimal
 * strings (like every `auditSeq`), so 64-bit values survive JSON.
 */
const audiences = new WeakMap<Context, Promise<AuditAudience>>();
/** What the viewer may see, resolved once per operation. */
export function audienceOf(ctx: Context): Promise<AuditAudience> {
  let audience = audiences.get(ctx);
  if (!audience) {
    audience = resolveAudience(db(), ctx.viewer);
    audiences.set(ctx, audience);
  }
  return audience;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const AuditEventRef = builder.objectRef<AuditEvent>('AuditEvent');
builder.node(AuditEventRef, {
  description: 'One entry of the append-only, hash-chained audit log (a CloudEvents-style envelope).',
  authScopes: { roles: CAN.read },
  id: { resolve: (event) => event.id },
  isTypeOf: (value) => typeof value === 'object' && value !== null && 'hash' in value && 'prevHash' in value,
  loadOne: async (id, ctx) =>
    UUID.test(id) ? requestDb(ctx).auditEvent.findFirst({ where: { id, AND: [audienceWhere(await audienceOf(ctx))] } }) : null,
  fields: (t) => ({
    seq: t.string({ description: 'Position in the log: commit order, gap-free. Also the cursor.', resolve: (e) => e.seq.toString() }),
    eventId: t.string({ description: 'CloudEvents `id` (UUID).', resolve: (e) => e.id }),
    source: t.exposeString('source'),
    type: t.exposeString('type', { description: 'e.g. agreement.signed (server/domain/audit-event-types.ts).' }),
    subject: t.exposeString('subject', { description: '<EntityType>/<id>.' }),
    entityType: t.exposeString('entityType'),
    entityId: t.exposeString('entityId'),
    time: t.expose('time', { type: 'DateTime' }),
    data: t.expose('data', { type: 'JSON' }),
    actorType: t.expose('actorType', { type: ActorType }),
    actorId: t.exposeString('actorId'),
    requestId: t.exposeString('requestId', { nullable: true }),
    prevHash: t.exposeString('prevHash'),
    hash: t.exposeString('hash', { description: 'SHA-256(prevHash ‖ "\\n" ‖ seq ‖ "\\n" ‖ bodyDigest), hex.' }),
    bodyDigest: t.string({ description: 'SHA-256 of the canonical body (see server/audit/canonical.ts).', resolve: (e) => bodyDigest(e) }),
  }),
});

const AuditEventConnection = builder.connectionObject({
  type: AuditEventRef,
  name: 'AuditEventConnection',
  fields: (t) => ({
    totalCount: t.int({
      description: 'All events matching the filter that the caller may see.',
      resolve: (c) => (c as unknown as { count: () => Promise<number> }).count(),
    }),
  }),
});

builder.queryField('auditEvents', (t) =>
  t.connection(
    {
      type: AuditEventRef,
      authScopes: { roles: CAN.read },
      description: 'Audit events the caller may see, in seq order. The cursor is the seq: poll with `after: endCursor`.',
      args: {
        types: t.arg.stringList({ required: false, description: 'Exact event types.' }),
        subject: t.arg.string({ required: false, description: '<EntityType>/<id>.' }),
        actor: t.arg.string({ required: false, description: 'Actor id (user or API client id).' }),
        timeFrom: t.arg({ type: 'DateTime', required: false }),
        timeTo: t.arg({ type: 'DateTime', required: false }),
      },
      resolve: async (_root, args, ctx) => {
        const where: Prisma.AuditEventWhereInput = {
          AND: [
            audienceWhere(await audienceOf(ctx)),
            filterWhere({ types: args.types, subject: args.subject }),
            args.actor ? { actorId: args.actor } : {},
            args.timeFrom || args.timeTo ? { time: { ...(args.timeFrom ? { gte: args.timeFrom } : {}), ...(args.timeTo ? { lte: args.timeTo } : {}) } } : {},
          ],
        };
        const after = parseSeq(args.after, 'after');
        const before = parseSeq(args.before, 'before');
        const connection = await resolveCursorConnection(
          { args, toCursor: (e: AuditEvent) => e.seq.toString() },
          ({ limit, inverted }: ResolveCursorConnectionArgs) =>
            requestDb(ctx).auditEvent.findMany({
              where: { AND: [where, { seq: { ...(after !== null ? { gt: after } : {}), ...(before !== null ? { lt: before } : {}) } }] },
              orderBy: { seq: inverted ? 'desc' : 'asc' },
              take: limit,
            }),
        );
        return Object.assign(connection, { count: () => requestDb(ctx).auditEvent.count({ where }) });
      },
    },
    AuditEventConnection,
  ),
);

const AuditChainProblem = builder.enumType('AuditChainProblem', {
  values: {
    MISSING_EVENT: { description: 'A seq is absent (a row was deleted) or out of order.' },
    PREV_HASH_MISMATCH: { description: 'The event does not link to its predecessor (an earlier row was rewritten).' },
    HASH_MISMATCH: { description: 'The event no longer matches its hash (the row was edited).' },
    CHECKPOINT_MISMATCH: { description: 'The event differs from a published checkpoint (the tail was rewritten).' },
  } as const,
});

type Report = Awaited<ReturnType<typeof verifyAuditChain>>;
const AuditChainBreak = builder.objectRef<NonNullable<Report['firstBroken']>>('AuditChainBreak').implement({
  fields: (t) => ({
    seq: t.string({ resolve: (b) => b.seq.toString() }),
    problem: t.field({ type: AuditChainProblem, resolve: (b) => b.problem }),
    message: t.exposeString('message'),
  }),
});

const AuditChainReport = builder.objectRef<Report>('AuditChainReport').implement({
  fields: (t) => ({
    ok: t.exposeBoolean('ok'),
    fromSeq: t.string({ resolve: (r) => r.fromSeq.toString() }),
    toSeq: t.string({ nullable: true, resolve: (r) => r.toSeq?.toString() ?? null }),
    checkedCount: t.exposeInt('checkedCount'),
    firstBroken: t.field({ type: AuditChainBreak, nullable: true, description: 'The first link that does not hold.', resolve: (r) => r.firstBroken }),
    lastHash: t.exposeString('lastHash', { nullable: true }),
  }),
});

builder.queryField('verifyAuditChain', (t) =>
  t.field({
    type: AuditChainReport,
    authScopes: { roles: CAN.read },
    description:
      'Recomputes the whole chain over [from, to] (default: all) and reports the first broken link. Platform admins get the ' +
      'whole report; everyone else the same verdict with the count, last seq and last hash of their own events only.',
    args: { from: t.arg.string({ required: false }), to: t.arg.string({ required: false }) },
    resolve: async (_root, args, ctx) => {
      // The chain is recomputed by the hub (its links are every tenant's events).
      const report = await verifyAuditChain(db(), { from: parseSeq(args.from, 'from') ?? undefined, to: parseSeq(args.to, 'to') ?? undefined });
      return can(ctx.viewer.role, 'verifyWholeChain') ? report : scopedReport(report, await audienceOf(ctx));
    },
  }),
);

/** The chain spans every tenant: its size and head are the platform's, not a tenant's. */
async function scopedReport(report: Report, audience: AuditAudience): Promise<Report> {
  if (report.toSeq === null) return { ...report, checkedCount: 0, lastHash: null };
  const where = { AND: [audienceWhere(audience), { seq: { gte: report.fromSeq, lte: report.toSeq } }] };
  const [checkedCount, last] = await Promise.all([
    db().auditEvent.count({ where }),
    db().auditEvent.findFirst({ where, orderBy: { seq: 'desc' }, select: { seq: true, hash: true } }),
  ]);
  return { ...report, toSeq: last?.seq ?? null, checkedCount, lastHash: last?.hash ?? null };
}

export const AuditCheckpointRef = builder.objectRef<Pick<AuditCheckpoint, 'seq' | 'hash' | 'publishedAt'>>('AuditCheckpoint').implement({
  description: 'A published chain hash: partners keep it and check proofs against it offline.',
  fields: (t) => ({
    seq: t.string({ resolve: (c) => c.seq.toString() }),
    hash: t.exposeString('hash'),
    publishedAt: t.expose('publishedAt', { type: 'DateTime' }),
  }),
});

builder.queryField('auditCheckpoints', (t) =>
  t.connection({
    type: AuditCheckpointRef,
    authScopes: { roles: CAN.read },
    description: 'Published checkpoints, newest first; the cursor is the seq.',
    resolve: (_root, args, ctx) => {
      const before = parseSeq(args.after, 'after');
      return resolveCursorConnection({ args: { ...args, before: undefined, last: undefined }, toCursor: (c: AuditCheckpoint) => c.seq.toString() }, ({ limit }: ResolveCursorConnectionArgs) =>
        requestDb(ctx).auditCheckpoint.findMany({ where: before !== null ? { seq: { lt: before } } : {}, orderBy: { seq: 'desc' }, take: limit }),
      );
    },
  }),
);

const AuditProofLink = builder.objectRef<{ seq: bigint; bodyDigest: string }>('AuditProofLink').implement({
  fields: (t) => ({ seq: t.string({ resolve: (l) => l.seq.toString() }), bodyDigest: t.exposeString('bodyDigest') }),
});

type Proof = NonNullable<Awaited<ReturnType<typeof buildProof>>>;
const AuditEventProof = builder.objectRef<Proof>('AuditEventProof').implement({
  description:
    'Offline proof: SHA-256(canonicalBody) = bodyDigest; hash = SHA-256(prevHash‖"\\n"‖seq‖"\\n"‖bodyDigest); folding each link ' +
    '(h = SHA-256(h‖"\\n"‖link.seq‖"\\n"‖link.bodyDigest)) ends at the checkpoint hash you hold.',
  fields: (t) => ({
    seq: t.string({ resolve: (p) => p.seq.toString() }),
    canonicalBody: t.exposeString('canonicalBody'),
    bodyDigest: t.exposeString('bodyDigest'),
    prevHash: t.exposeString('prevHash'),
    hash: t.exposeString('hash'),
    links: t.field({ type: [AuditProofLink], resolve: (p) => p.links }),
    checkpoint: t.field({ type: AuditCheckpointRef, resolve: (p) => p.checkpoint }),
  }),
});

builder.queryField('auditEventProof', (t) =>
  t.field({
    type: AuditEventProof,
    nullable: true,
    authScopes: { roles: CAN.read },
    description: 'Proof that an event you may see is in the chain up to the first checkpoint at or after it; null until one is published.',
    args: { seq: t.arg.string({ required: true }) },
    resolve: async (_root, args, ctx) => {
      const seq = parseSeq(args.seq, 'seq');
      if (seq === null) throw new InputError([{ path: ['seq'], message: 'must be a sequence number (decimal digits)' }]);
      const visibleEvent = await requestDb(ctx).auditEvent.findFirst({ where: { seq, AND: [audienceWhere(await audienceOf(ctx))] }, select: { seq: true } });
      return visibleEvent ? buildProof(db(), seq) : null;
    },
  }),
);

const AuditHeartbeatRef = builder.objectRef<AuditHeartbeat>('AuditHeartbeat').implement({
  description:
    'Sent when a subscription switches from replay to live, and then periodically while idle: every event up to ' +
    '`latestSeq` that you may see has been delivered, so `latestSeq` is a safe resume cursor.',
  fields: (t) => ({
    latestSeq: t.string({ resolve: (h) => h.latestSeq.toString() }),
    at: t.expose('at', { type: 'DateTime' }),
  }),
});

const AuditStreamItemRef = builder.unionType('AuditStreamItem', {
  types: [AuditEventRef, AuditHeartbeatRef],
  resolveType: (item: AuditStreamItem) => ('kind' in item ? AuditHeartbeatRef : AuditEventRef),
});

builder.subscriptionField('auditEvents', (t) =>
  t.field({
    type: AuditStreamItemRef,
    authScopes: { roles: CAN.read },
    description:
      'Replays the events after `after` (a seq; "0" = from the start; omitted = from now), then follows live ones, ' +
      'in seq order, with no gap and no duplicate; heartbeats carry the resume cursor.',
    args: {
      after: t.arg.string({ required: false }),
      types: t.arg.stringList({ required: false }),
      subject: t.arg.string({ required: false }),
    },
    // The arguments choose the stream (cursor, filter); each event's result does not read them.
    extensions: { [SOURCE_ONLY_ARGUMENTS]: true },
    subscribe: (_root, args, ctx) =>
      auditStream().subscribe(ctx.viewer, parseSeq(args.after, 'after'), { types: args.types, subject: args.subject }),
    resolve: (item: AuditStreamItem) => item,
  }),
);
