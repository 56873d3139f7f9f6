import { builder } from '../builder.js';
import { ReplayStatus } from '../enums.js';
import { CAN } from '../../server/auth/capabilities.js';
import { visible } from '../../server/auth/tenant-filters.js';
import type { WhatIfReplay as ReplayRow } from '../../server/db/generated/prisma/client.js';
import { requestDb } from '../../server/policy/request-db.js';
import { startWhatIfReplay } from '../../server/domain/templates/start-what-if-replay.js';
import type { LadderCount, ReplayReport, SideSummary } from '../../server/domain/templates/replay-report.js';
import { connectionOf } from './connection-helpers.js';
import { AgreementTemplate } from './agreement-template.js';
import { Insurer } from './insurer.js';
import { Provider } from './provider.js';
import { AUDIT_SEQ_DESCRIPTION, commandContext, rawId, seqString } from './mutation-payloads.js';

/** 预演: a draft template or draft rule parameters replayed over past claims beside what is in force. */
const LadderCountRef = builder.objectRef<LadderCount>('WhatIfLadderCount').implement({
  fields: (t) => ({
    clauseNo: t.string({ resolve: (l) => l.clauseNo }),
    stepNo: t.int({ resolve: (l) => l.stepNo }),
    measure: t.string({ resolve: (l) => l.measure }),
    count: t.int({ resolve: (l) => l.count }),
    amountFen: t.field({ type: 'Fen', resolve: (l) => BigInt(l.amountFen) }),
  }),
});

const SideRef = builder.objectRef<SideSummary>('WhatIfSide').implement({
  description: 'What one side (in force or draft) finds over the period.',
  fields: (t) => ({
    hits: t.int({ resolve: (s) => s.hits }),
    hitAmountFen: t.field({ type: 'Fen', resolve: (s) => BigInt(s.hitAmountFen) }),
    breaches: t.int({ description: 'Indicator breaches (agreement-months).', resolve: (s) => s.breaches }),
    ladder: t.field({ type: [LadderCountRef], resolve: (s) => s.ladder }),
  }),
});

const ProviderRowRef = builder.objectRef<ReplayReport['providers'][number]>('WhatIfProviderRow').implement({
  fields: (t) => ({
    provider: t.prismaField({
      type: Provider,
      nullable: true,
      resolve: (query, row, _args, ctx) =>
        requestDb(ctx).provider.findFirst({
          ...query,
          where: { AND: [{ id: row.providerId }, visible.provider(ctx.viewer)] },
        }),
    }),
    baseline: t.field({ type: SideRef, resolve: (r) => r.baseline }),
    candidate: t.field({ type: SideRef, resolve: (r) => r.candidate }),
  }),
});

const RuleSideRef = builder.objectRef<{ hits: number; amountFen: string }>('WhatIfRuleSide').implement({
  fields: (t) => ({
    hits: t.int({ resolve: (s) => s.hits }),
    amountFen: t.field({ type: 'Fen', resolve: (s) => BigInt(s.amountFen) }),
  }),
});

const RuleRowRef = builder.objectRef<ReplayReport['rules'][number]>('WhatIfRuleRow').implement({
  fields: (t) => ({
    ruleCode: t.string({ resolve: (r) => r.ruleCode }),
    baseline: t.field({ type: RuleSideRef, resolve: (r) => r.baseline }),
    candidate: t.field({ type: RuleSideRef, resolve: (r) => r.candidate }),
  }),
});

const report = (r: { result: unknown }) => (r.result ?? null) as ReplayReport | null;

export const WhatIfReplay = builder.prismaNode('WhatIfReplay', {
  id: { field: 'id' },
  authScopes: { roles: CAN.read },
  findUnique: (id, ctx) => ({ id, AND: [visible.whatIfReplay(ctx.viewer)] }),
  nullable: true,
  fields: (t) => ({
    status: t.expose('status', { type: ReplayStatus }),
    periodFrom: t.expose('periodFrom', { type: 'Date' }),
    periodTo: t.expose('periodTo', { type: 'Date' }),
    ruleParameters: t.expose('ruleParameters', {
      type: 'JSON',
      description: 'Draft parameters by rule code.',
    }),
    error: t.exposeString('error', { nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    finishedAt: t.expose('finishedAt', { type: 'DateTime', nullable: true }),
    template: t.relation('template', { nullable: true }),
    baseline: t.field({
      type: SideRef,
      nullable: true,
      select: { result: true },
      resolve: (r) => report(r)?.totals.baseline ?? null,
    }),
    candidate: t.field({
      type: SideRef,
      nullable: true,
      select: { result: true },
      resolve: (r) => report(r)?.totals.candidate ?? null,
    }),
    providers: t.field({
      type: [ProviderRowRef],
      select: { result: true },
      resolve: (r) => report(r)?.providers ?? [],
    }),
    rules: t.field({ type: [RuleRowRef], select: { result: true }, resolve: (r) => report(r)?.rules ?? [] }),
  }),
});

export const WhatIfReplayConnection = connectionOf(WhatIfReplay, 'WhatIfReplay');

builder.queryFields((t) => ({
  whatIfReplays: t.prismaConnection(
    {
      type: WhatIfReplay,
      cursor: 'id',
      authScopes: { roles: CAN.read },
      args: { templateId: t.arg.globalID({ for: AgreementTemplate, required: false }) },
      resolve: (query, _root, args, ctx) =>
        requestDb(ctx).whatIfReplay.findMany({
          ...query,
          where: {
            AND: [
              visible.whatIfReplay(ctx.viewer),
              args.templateId ? { templateId: rawId(args.templateId) } : {},
            ],
          },
          orderBy: { id: 'desc' },
        }),
      totalCount: (_root, args, ctx) =>
        requestDb(ctx).whatIfReplay.count({
          where: {
            AND: [
              visible.whatIfReplay(ctx.viewer),
              args.templateId ? { templateId: rawId(args.templateId) } : {},
            ],
          },
        }),
    },
    WhatIfReplayConnection,
  ),
}));

builder.objectField(AgreementTemplate, 'lastReplay', (t) =>
  t.prismaField({
    type: WhatIfReplay,
    nullable: true,
    description: 'The latest finished what-if replay of this version (shown before publishing).',
    resolve: (query, template, _args, ctx) =>
      requestDb(ctx).whatIfReplay.findFirst({
        ...query,
        where: { AND: [{ templateId: template.id, status: 'COMPLETED' }, visible.whatIfReplay(ctx.viewer)] },
        orderBy: { finishedAt: 'desc' },
      }),
  }),
);

const RuleParametersInput = builder.inputType('WhatIfRuleParametersInput', {
  fields: (t) => ({
    ruleCode: t.string(),
    parameters: t.field({ type: 'JSON', description: 'Parameter name → draft value.' }),
  }),
});

const StartInput = builder.inputType('StartWhatIfReplayInput', {
  fields: (t) => ({
    insurerId: t.globalID({
      for: Insurer,
      required: false,
      description: 'Platform admins only, without a template.',
    }),
    templateId: t.globalID({ for: AgreementTemplate, required: false }),
    ruleParameters: t.field({ type: [RuleParametersInput], required: false }),
    periodFrom: t.field({ type: 'Date', description: 'First day of the first settlement month.' }),
    periodTo: t.field({ type: 'Date', description: 'First day of the last settlement month.' }),
  }),
});

const StartPayload = builder
  .objectRef<{ replay: ReplayRow; auditSeq: bigint }>('StartWhatIfReplayPayload')
  .implement({
    fields: (t) => ({
      replay: t.field({ type: WhatIfReplay, resolve: (p) => p.replay }),
      auditSeq: t.string({ description: AUDIT_SEQ_DESCRIPTION, resolve: seqString }),
    }),
  });

builder.mutationField('startWhatIfReplay', (t) =>
  t.field({
    type: StartPayload,
    description:
      'Queues a replay of a draft template and/or draft rule parameters over past claims; it writes no hit or penalty.',
    authScopes: { roles: CAN.manageAgreements },
    args: { input: t.arg({ type: StartInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      startWhatIfReplay(commandContext(ctx), {
        ...input,
        insurerId: rawId(input.insurerId),
        templateId: rawId(input.templateId),
        ruleParameters: (input.ruleParameters ?? []).map((p) => ({
          ruleCode: p.ruleCode,
          parameters: p.parameters as Record<string, never>,
        })),
      }),
  }),
);
