import { builder } from '../builder.js';
import { CAN } from '../../server/auth/capabilities.js';
import { visible } from '../../server/auth/tenant-filters.js';
import { searchesByIdNumber, showIdNumber, showName } from '../../server/auth/masking.js';
import { DomainError } from '../../server/domain/errors.js';
import type { Prisma } from '../../server/db/generated/prisma/client.js';
import type { Context } from '../../server/context.js';
import { requestDb } from '../../server/policy/request-db.js';
import { allOf, connectionOf, contains, defined, idOf, orderOf, searchNeedle } from './connection-helpers.js';
import { Insurer } from './insurer.js';
import { FindingConnection, findingOrder } from './finding.js';
import { PenaltyConnection, penaltyOrder } from './penalty.js';
import { RuleHitConnection, ruleHitOrder } from './rule-hit.js';

/** 参保人员: personal data, minimised; name and ID number are masked unless the caller handles the case. */
export const InsuredPerson = builder.prismaNode('InsuredPerson', {
  id: { field: 'id' },
  authScopes: { roles: CAN.read },
  findUnique: (id, ctx) => ({ id, AND: [visible.insuredPerson(ctx.viewer)] }),
  nullable: true,
  fields: (t) => ({
    nameZh: t.string({
      description: 'Name; masked (张*明) unless the caller is an admin or auditor of the person’s insurer.',
      select: { nameZh: true, insurerId: true },
      resolve: (p, _args, ctx) => showName(ctx.viewer, { insurerIds: [p.insurerId] }, p.nameZh),
    }),
    idNumber: t.string({
      description:
        '身份证号; masked (3201**********1234) unless the caller is an admin or auditor of the person’s insurer.',
      select: { idNumber: true, insurerId: true },
      resolve: (p, _args, ctx) => showIdNumber(ctx.viewer, { insurerIds: [p.insurerId] }, p.idNumber),
    }),
    settlementSuspendedUntil: t.expose('settlementSuspendedUntil', {
      type: 'Date',
      nullable: true,
      description:
        'End of the suspension term (the first day a restoration may be asked for); null when not suspended. The person stays suspended after it until restored on request and pledge.',
    }),
    settlementSuspendedFrom: t.expose('settlementSuspendedFrom', {
      type: 'Date',
      nullable: true,
      description:
        'First day of the latest settlement suspension (null when none was recorded with its start). Visits before it are not inside it.',
    }),
    settlementRestoredOn: t.expose('settlementRestoredOn', {
      type: 'Date',
      nullable: true,
      description: 'Day the latest settlement suspension was lifted on request and pledge; null while it runs or when none was lifted.',
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    insurer: t.relation('insurer'),
  }),
});

export const InsuredPersonConnection = connectionOf(InsuredPerson, 'InsuredPerson');

export const insuredPersonOrder = orderOf('InsuredPerson', { CREATED_AT: 'createdAt' }, 'CREATED_AT');
export const InsuredPersonOrder = insuredPersonOrder.Input;

export const InsuredPersonFilter = builder.inputType('InsuredPersonFilter', {
  fields: (t) => ({
    insurerId: t.globalID({ for: Insurer, required: false }),
    idNumber: t.string({
      required: false,
      description: 'Exact ID number (no partial search on personal identifiers); FORBIDDEN for roles that see ID numbers masked.',
    }),
    search: t.string({
      required: false,
      description:
        'Name contains, or the exact ID number (a picker on a penalty form); FORBIDDEN for roles that see names and ID numbers masked, as a search would confirm a guessed one.',
    }),
    settlementSuspended: t.boolean({
      required: false,
      description:
        'true: direct settlement suspended and not yet restored (a term that has run still needs the written request and pledge).',
    }),
  }),
});

export function insuredPersonWhere(
  ctx: Context,
  filter: typeof InsuredPersonFilter.$inferInput | null | undefined,
): Prisma.InsuredPersonWhereInput {
  const f = filter ?? {};
  const needle = searchNeedle(f.search);
  if ((f.idNumber?.trim() || needle) && !searchesByIdNumber(ctx.viewer)) {
    throw new DomainError('FORBIDDEN', {
      en: 'Searching by name or ID number is for roles that see names and ID numbers in full',
      zh: '只有可查看完整姓名和身份证号的角色才能按姓名或身份证号查询',
    });
  }
  return allOf<Prisma.InsuredPersonWhereInput>(
    visible.insuredPerson(ctx.viewer),
    defined({ insurerId: idOf(f.insurerId), idNumber: f.idNumber?.trim() || undefined }),
    // By name in part, by ID number only whole (no partial search on personal identifiers).
    needle ? { OR: [{ nameZh: contains(needle) }, { idNumber: f.search!.trim() }] } : undefined,
    // Suspended until restored: the term's end alone does not restore (sanctions/rules.ts).
    f.settlementSuspended === true ? { settlementSuspendedUntil: { not: null } } : undefined,
    f.settlementSuspended === false ? { settlementSuspendedUntil: null } : undefined,
  );
}

builder.queryFields((t) => ({
  insuredPersons: t.prismaConnection(
    {
      type: InsuredPerson,
      cursor: 'id',
      authScopes: { roles: CAN.read },
      args: {
        filter: t.arg({ type: InsuredPersonFilter, required: false }),
        orderBy: t.arg({ type: InsuredPersonOrder, required: false }),
      },
      resolve: (query, _root, args, ctx) =>
        requestDb(ctx).insuredPerson.findMany({
          ...query,
          where: insuredPersonWhere(ctx, args.filter),
          orderBy: insuredPersonOrder.toPrisma(args.orderBy),
        }),
      totalCount: (_root, args, ctx) =>
        requestDb(ctx).insuredPerson.count({ where: insuredPersonWhere(ctx, args.filter) }),
    },
    InsuredPersonConnection,
  ),
}));

// Relations to other entities' connections are added here, apart from the node's own
// definition, so TypeScript does not infer the node refs through each other (import cycles).
builder.prismaObjectFields(InsuredPerson, (t) => ({
  findings: t.relatedConnection(
    'findings',
    {
      cursor: 'id',
      totalCount: true,
      query: (_args, ctx) => ({ where: visible.finding(ctx.viewer), orderBy: findingOrder.toPrisma(null) }),
    },
    FindingConnection,
  ),
  penalties: t.relatedConnection(
    'penalties',
    {
      cursor: 'id',
      totalCount: true,
      query: (_args, ctx) => ({ where: visible.penalty(ctx.viewer), orderBy: penaltyOrder.toPrisma(null) }),
    },
    PenaltyConnection,
  ),
  ruleHits: t.relatedConnection(
    'ruleHits',
    {
      cursor: 'id',
      totalCount: true,
      query: (_args, ctx) => ({ where: visible.ruleHit(ctx.viewer), orderBy: ruleHitOrder.toPrisma(null) }),
    },
    RuleHitConnection,
  ),
}));
