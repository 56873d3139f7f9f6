import { builder } from '../builder.js';
import { CreditGrade, DisclosureKind, PenaltyMeasure, ProviderKind } from '../enums.js';
import { CAN } from '../../server/auth/capabilities.js';
import { visible } from '../../server/auth/tenant-filters.js';
import type { PublicDisclosure as Row } from '../../server/db/generated/prisma/client.js';
import { requestDb } from '../../server/policy/request-db.js';
import { publishDisclosure } from '../../server/domain/disclosure/publish-disclosure.js';
import { withdrawDisclosure } from '../../server/domain/disclosure/withdraw-disclosure.js';
import { connectionOf } from './connection-helpers.js';
import { CreditEvaluation } from './credit-evaluation.js';
import { Penalty } from './penalty.js';
import { AUDIT_SEQ_DESCRIPTION, commandContext, rawId, seqString } from './mutation-payloads.js';

/**
 * 曝光: what an insurer published, as staff see it (with its publishing state). The anonymous
 * view at /public/ serves the same rows' public columns only (server/domain/disclosure/public-view.ts).
 */
export const PublicDisclosure = builder.prismaNode('PublicDisclosure', {
  id: { field: 'id' },
  authScopes: { roles: CAN.read },
  findUnique: (id, ctx) => ({ id, AND: [visible.publicDisclosure(ctx.viewer)] }),
  nullable: true,
  fields: (t) => ({
    kind: t.expose('kind', { type: DisclosureKind }),
    insurerNameZh: t.exposeString('insurerNameZh'),
    insurerNameEn: t.exposeString('insurerNameEn'),
    providerNameZh: t.exposeString('providerNameZh'),
    providerNameEn: t.exposeString('providerNameEn'),
    providerKind: t.expose('providerKind', { type: ProviderKind }),
    regionCode: t.exposeString('regionCode'),
    violationsZh: t.exposeStringList('violationsZh'),
    violationsEn: t.exposeStringList('violationsEn'),
    measures: t.expose('measures', { type: [PenaltyMeasure] }),
    amountFen: t.expose('amountFen', { type: 'Fen', nullable: true }),
    creditGrade: t.expose('creditGrade', { type: CreditGrade, nullable: true }),
    year: t.exposeInt('year', { nullable: true }),
    decidedOn: t.expose('decidedOn', { type: 'Date' }),
    publishedAt: t.expose('publishedAt', { type: 'DateTime' }),
    withdrawnAt: t.expose('withdrawnAt', { type: 'DateTime', nullable: true }),
  }),
});

const PublicDisclosureConnection = connectionOf(PublicDisclosure, 'PublicDisclosure');

builder.queryFields((t) => ({
  publicDisclosures: t.prismaConnection(
    {
      type: PublicDisclosure,
      cursor: 'id',
      authScopes: { roles: CAN.read },
      args: { includeWithdrawn: t.arg.boolean({ required: false }) },
      resolve: (query, _root, args, ctx) =>
        requestDb(ctx).publicDisclosure.findMany({
          ...query,
          where: {
            AND: [visible.publicDisclosure(ctx.viewer), args.includeWithdrawn ? {} : { withdrawnAt: null }],
          },
          orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
        }),
      totalCount: (_root, args, ctx) =>
        requestDb(ctx).publicDisclosure.count({
          where: {
            AND: [visible.publicDisclosure(ctx.viewer), args.includeWithdrawn ? {} : { withdrawnAt: null }],
          },
        }),
    },
    PublicDisclosureConnection,
  ),
}));

function payload(name: string) {
  return builder.objectRef<{ disclosure: Row; auditSeq: bigint }>(name).implement({
    fields: (t) => ({
      disclosure: t.field({ type: PublicDisclosure, resolve: (p) => p.disclosure }),
      auditSeq: t.string({ description: AUDIT_SEQ_DESCRIPTION, resolve: seqString }),
    }),
  });
}

const PublishDisclosureInput = builder.inputType('PublishDisclosureInput', {
  fields: (t) => ({
    kind: t.field({ type: DisclosureKind }),
    penaltyId: t.globalID({
      for: Penalty,
      required: false,
      description: 'TYPICAL_CASE: an executed penalty on a provider.',
    }),
    creditEvaluationId: t.globalID({
      for: CreditEvaluation,
      required: false,
      description: 'BLACKLISTED_PROVIDER.',
    }),
  }),
});

builder.mutationField('publishDisclosure', (t) =>
  t.field({
    type: payload('PublishDisclosurePayload'),
    description:
      'Publishes a typical case or a blacklisted provider to the anonymous view at /public/ (institution data only).',
    authScopes: { roles: CAN.publishDisclosures },
    args: { input: t.arg({ type: PublishDisclosureInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      publishDisclosure(commandContext(ctx), {
        kind: input.kind,
        penaltyId: rawId(input.penaltyId),
        creditEvaluationId: rawId(input.creditEvaluationId),
      }),
  }),
);

const WithdrawDisclosureInput = builder.inputType('WithdrawDisclosureInput', {
  fields: (t) => ({ id: t.globalID({ for: PublicDisclosure }), reason: t.string() }),
});

builder.mutationField('withdrawDisclosure', (t) =>
  t.field({
    type: payload('WithdrawDisclosurePayload'),
    description: 'Withdraws a published item: the public view stops returning it at once.',
    authScopes: { roles: CAN.publishDisclosures },
    args: { input: t.arg({ type: WithdrawDisclosureInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      withdrawDisclosure(commandContext(ctx), { ...input, id: rawId(input.id) }),
  }),
);
