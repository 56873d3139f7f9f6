import { builder } from '../builder.js';
import { ScreeningRunStatus } from '../enums.js';
import { CAN } from '../../server/auth/capabilities.js';
import { visible } from '../../server/auth/tenant-filters.js';
import type { ScreeningRun as ScreeningRunRow } from '../../server/db/generated/prisma/client.js';
import { requestDb } from '../../server/policy/request-db.js';
import { startScreeningRun } from '../../server/domain/monitoring/start-screening-run.js';
import { cancelScreeningRun, resumeScreeningRun } from '../../server/domain/monitoring/cancel-screening-run.js';
import { allOf, connectionOf } from './connection-helpers.js';
import { Insurer } from './insurer.js';
import { AUDIT_SEQ_DESCRIPTION, commandContext, rawId, seqString } from './mutation-payloads.js';

/**
 * 事后审核 run. Progress: this node's counters, or live through `auditEvents(types:
 * ["screeningRun.progressed", "screeningRun.completed"], subject: "ScreeningRun/<id>")`.
 */
export const ScreeningRun = builder.prismaNode('ScreeningRun', {
  id: { field: 'id' },
  authScopes: { roles: CAN.read },
  findUnique: (id, ctx) => ({ id, AND: [visible.screeningRun(ctx.viewer)] }),
  nullable: true,
  fields: (t) => ({
    status: t.expose('status', { type: ScreeningRunStatus }),
    periodFrom: t.expose('periodFrom', { type: 'Date' }),
    periodTo: t.expose('periodTo', { type: 'Date' }),
    ruleIds: t.exposeStringList('ruleIds'),
    chunksTotal: t.exposeInt('chunksTotal'),
    chunksDone: t.exposeInt('chunksDone'),
    claimsScreened: t.exposeInt('claimsScreened'),
    hitsFound: t.exposeInt('hitsFound'),
    progress: t.float({ description: '0–1', resolve: (r) => (r.chunksTotal === 0 ? 1 : r.chunksDone / r.chunksTotal) }),
    startedAt: t.expose('startedAt', { type: 'DateTime', nullable: true }),
    finishedAt: t.expose('finishedAt', { type: 'DateTime', nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    insurer: t.relation('insurer'),
  }),
});

const ScreeningRunConnection = connectionOf(ScreeningRun, 'ScreeningRun');

builder.queryFields((t) => ({
  screeningRuns: t.prismaConnection(
    {
      type: ScreeningRun,
      cursor: 'id',
      authScopes: { roles: CAN.read },
      resolve: (query, _root, _args, ctx) =>
        requestDb(ctx).screeningRun.findMany({ ...query, where: allOf(visible.screeningRun(ctx.viewer)), orderBy: { createdAt: 'desc' } }),
      totalCount: (_root, _args, ctx) => requestDb(ctx).screeningRun.count({ where: allOf(visible.screeningRun(ctx.viewer)) }),
    },
    ScreeningRunConnection,
  ),
}));

const StartScreeningRunInput = builder.inputType('StartScreeningRunInput', {
  fields: (t) => ({
    insurerId: t.globalID({ for: Insurer, required: false }),
    fromMonth: t.string({ description: 'YYYY-MM' }),
    toMonth: t.string({ description: 'YYYY-MM' }),
    ruleIds: t.idList({ required: false, description: 'AuditRule global IDs; default every active after-settlement rule.' }),
  }),
});

const ScreeningRunIdInput = builder.inputType('ScreeningRunIdInput', { fields: (t) => ({ id: t.globalID({ for: ScreeningRun }) }) });

const ScreeningRunPayload = builder.objectRef<{ run: ScreeningRunRow; auditSeq: bigint }>('ScreeningRunPayload').implement({
  fields: (t) => ({
    screeningRun: t.field({ type: ScreeningRun, resolve: (p) => p.run }),
    auditSeq: t.string({ description: AUDIT_SEQ_DESCRIPTION, resolve: seqString }),
  }),
});

/** Rule ids arrive as AuditRule global IDs: keep the raw id of each well-formed one. */
function ruleIdsOf(ids: readonly (string | number)[] | null | undefined): string[] | undefined {
  if (!ids) return undefined;
  return ids.map((gid) => {
    const decoded = Buffer.from(String(gid), 'base64').toString('utf8');
    return decoded.startsWith('AuditRule:') ? decoded.slice('AuditRule:'.length) : String(gid);
  });
}

builder.mutationFields((t) => ({
  startScreeningRun: t.field({
    type: ScreeningRunPayload,
    description: '事后审核: screens the insurer’s claims of a period with a rule set, as jobs shared by every hub process.',
    authScopes: { roles: CAN.manageMonitoring },
    args: { input: t.arg({ type: StartScreeningRunInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      startScreeningRun(commandContext(ctx), { ...input, insurerId: rawId(input.insurerId), ruleIds: ruleIdsOf(input.ruleIds) }),
  }),
  cancelScreeningRun: t.field({
    type: ScreeningRunPayload,
    authScopes: { roles: CAN.manageMonitoring },
    args: { input: t.arg({ type: ScreeningRunIdInput, required: true }) },
    resolve: (_root, { input }, ctx) => cancelScreeningRun(commandContext(ctx), { id: rawId(input.id) }),
  }),
  resumeScreeningRun: t.field({
    type: ScreeningRunPayload,
    authScopes: { roles: CAN.manageMonitoring },
    args: { input: t.arg({ type: ScreeningRunIdInput, required: true }) },
    resolve: (_root, { input }, ctx) => resumeScreeningRun(commandContext(ctx), { id: rawId(input.id) }),
  }),
}));
