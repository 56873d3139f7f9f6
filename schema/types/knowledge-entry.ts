import { builder } from '../builder.js';
import { InsuranceType, KnowledgeKind, Sex } from '../enums.js';
import { CAN } from '../../server/auth/capabilities.js';
import { visible } from '../../server/auth/tenant-filters.js';
import type { Prisma } from '../../server/db/generated/prisma/client.js';
import { requestDb } from '../../server/policy/request-db.js';
import { allOf, connectionOf, defined, search } from './connection-helpers.js';

/** 知识库 entry: a restriction on one catalogue code in an insurer's library. */
export const KnowledgeEntry = builder.prismaNode('KnowledgeEntry', {
  id: { field: 'id' },
  authScopes: { roles: CAN.read },
  findUnique: (id, ctx) => ({ id, AND: [visible.knowledgeEntry(ctx.viewer)] }),
  nullable: true,
  fields: (t) => ({
    kind: t.expose('kind', { type: KnowledgeKind }),
    catalogueCode: t.exposeString('catalogueCode'),
    nameZh: t.exposeString('nameZh'),
    nameEn: t.exposeString('nameEn', {
      nullable: true,
      description: 'English name where the batch gave one; null for Chinese-only entries (show nameZh).',
    }),
    batch: t.exposeString('batch', { nullable: true }),
    sex: t.expose('sex', { type: Sex, nullable: true }),
    maxAgeYears: t.exposeInt('maxAgeYears', { nullable: true }),
    insuranceTypes: t.expose('insuranceTypes', { type: [InsuranceType] }),
    icd10Prefixes: t.exposeStringList('icd10Prefixes'),
    priceFen: t.expose('priceFen', { type: 'Fen', nullable: true }),
    discountPercent: t.exposeInt('discountPercent', { nullable: true }),
    maxQuantity: t.string({ nullable: true, resolve: (k) => k.maxQuantity?.toString() ?? null }),
    maxDaysSupply: t.exposeInt('maxDaysSupply', { nullable: true }),
    validityDays: t.exposeInt('validityDays', { nullable: true }),
    maxUses: t.exposeInt('maxUses', { nullable: true }),
    version: t.exposeInt('version'),
    active: t.exposeBoolean('active'),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
    insurer: t.relation('insurer', { nullable: true, description: 'Null for an entry of a national batch.' }),
    national: t.boolean({ description: 'An entry of the national library (it applies at every insurer without its own entry of the code).', resolve: (k) => k.insurerId === null }),
    versions: t.relation('versions', { description: 'Every version, newest first.', query: { orderBy: { version: 'desc' }, take: 50 } }),
  }),
});

/** One version of a knowledge entry as an import set it. */
builder.prismaObject('KnowledgeEntryVersion', {
  authScopes: { roles: CAN.read },
  fields: (t) => ({
    version: t.exposeInt('version'),
    data: t.expose('data', { type: 'JSON', description: 'The entry\'s fields in this version.' }),
    importId: t.exposeString('importId', { nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

const KnowledgeEntryConnection = connectionOf(KnowledgeEntry, 'KnowledgeEntry');

const KnowledgeEntryFilter = builder.inputType('KnowledgeEntryFilter', {
  fields: (t) => ({
    kind: t.field({ type: [KnowledgeKind], required: false }),
    batch: t.string({ required: false }),
    national: t.boolean({ required: false, description: 'true: only national entries; false: only insurers\' own.' }),
    search: t.string({ required: false, description: 'Catalogue code or name.' }),
  }),
});

builder.queryFields((t) => ({
  knowledgeEntries: t.prismaConnection(
    {
      type: KnowledgeEntry,
      cursor: 'id',
      authScopes: { roles: CAN.read },
      args: { filter: t.arg({ type: KnowledgeEntryFilter, required: false }) },
      resolve: (query, _root, args, ctx) =>
        requestDb(ctx).knowledgeEntry.findMany({ ...query, where: knowledgeWhere(ctx.viewer, args.filter), orderBy: [{ catalogueCode: 'asc' }, { id: 'asc' }] }),
      totalCount: (_root, args, ctx) => requestDb(ctx).knowledgeEntry.count({ where: knowledgeWhere(ctx.viewer, args.filter) }),
    },
    KnowledgeEntryConnection,
  ),
}));

function knowledgeWhere(
  viewer: Parameters<typeof visible.knowledgeEntry>[0],
  filter: typeof KnowledgeEntryFilter.$inferInput | null | undefined,
): Prisma.KnowledgeEntryWhereInput {
  const f = filter ?? {};
  return allOf<Prisma.KnowledgeEntryWhereInput>(
    visible.knowledgeEntry(viewer),
    defined({ kind: f.kind ? { in: f.kind } : undefined, batch: f.batch ?? undefined }),
    f.national == null ? {} : f.national ? { insurerId: null } : { insurerId: { not: null } },
    search(f.search, ['catalogueCode', 'nameZh', 'nameEn']),
  );
}
