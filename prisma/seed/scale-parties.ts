import type { Prisma, PrismaClient } from '../../server/db/generated/prisma/client.js';
import type { HospitalGrade, InsurerLevel, PartnerKind, PharmacyClass, ProviderKind } from '../../server/db/generated/prisma/enums.js';
import { VIOLATION_TYPES } from '../../server/domain/catalogue/violation-types.js';
import { day, prng, uuidv7 } from './util.js';

/** Everything the scale generator draws from, deterministic for a given seed. */
export interface ScaleContext {
  rng: () => number;
  id: () => string;
  pick<T>(items: readonly T[]): T;
  int(min: number, max: number): number;
  /** Bulk insert; rows are typed by the caller as Prisma `CreateManyInput`s of `table`. */
  insert(table: string, rows: object[]): Promise<void>;
}

/** Models whose `@updatedAt` Prisma fills in client-side (no database default). */
const HAS_UPDATED_AT = new Set(['Insurer', 'Provider', 'Physician', 'Partner', 'Agreement', 'Finding', 'Penalty']);
const quote = (c: string) => `"${c}"`;
const toJson = (rows: object[]) => JSON.stringify(rows, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v));

export function createScaleContext(prisma: PrismaClient, seed: number, batchSize: number, concurrency: number): ScaleContext {
  const rng = prng(seed);
  // Time-ordered ids from a fixed base so two runs produce the same rows.
  let ms = Date.UTC(2024, 0, 1);
  const rnd = new Uint8Array(10);
  const id = () => {
    for (let i = 0; i < 10; i++) rnd[i] = Math.floor(rng() * 256);
    return uuidv7(ms++, rnd);
  };
  const loadedAt = new Date();
  // One statement per batch with the rows as a single JSON parameter: several times faster
  // than createMany's thousands of bind parameters, on PGlite and PostgreSQL alike. Columns
  // left out of the rows take their database defaults.
  async function insert(table: string, rows: object[]): Promise<void> {
    if (rows.length === 0) return;
    const stamped = HAS_UPDATED_AT.has(table) ? rows.map((r) => ({ ...r, updatedAt: loadedAt })) : rows;
    const columns = Object.keys(stamped[0]!).map(quote).join(', ');
    const sql = `INSERT INTO "${table}" (${columns}) SELECT ${columns} FROM json_populate_recordset(NULL::"${table}", $1::json)`;
    const batches: object[][] = [];
    for (let i = 0; i < stamped.length; i += batchSize) batches.push(stamped.slice(i, i + batchSize));
    // PGlite serialises anyway; PostgreSQL takes a few batches at once over the pool.
    for (let i = 0; i < batches.length; i += concurrency) {
      await Promise.all(batches.slice(i, i + concurrency).map((batch) => prisma.$executeRawUnsafe(sql, toJson(batch))));
    }
  }
  return {
    rng, id, insert,
    pick: <T>(items: readonly T[]) => items[Math.floor(rng() * items.length)]!,
    int: (min: number, max: number) => min + Math.floor(rng() * (max - min + 1)),
  };
}

export interface ScaleProvider { id: string; insurerId: string; kind: ProviderKind; physicianIds: string[] }
export interface ScaleParties {
  insurerIds: string[];
  partnerIds: string[];
  providers: ScaleProvider[];
  violationTypeIds: string[];
}

const KINDS: [ProviderKind, number][] = [
  ['HOSPITAL', 0.22], ['CLINIC', 0.18], ['OUTPATIENT_DEPARTMENT', 0.08], ['COMMUNITY_HEALTH_CENTRE', 0.1],
  ['VILLAGE_CLINIC', 0.14], ['RETAIL_PHARMACY', 0.24], ['DIALYSIS_CENTRE', 0.02], ['REHABILITATION_CENTRE', 0.02],
];
const weighted = <T>(rng: () => number, table: [T, number][]): T => {
  let r = rng();
  for (const [v, w] of table) if ((r -= w) < 0) return v;
  return table[table.length - 1]![0];
};
export { weighted };

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗';

export async function seedScaleParties(prisma: PrismaClient, ctx: ScaleContext, providerCount: number): Promise<ScaleParties> {
  const insurerCount = 30;
  const insurers = Array.from({ length: insurerCount }, (_, i) => {
    const n = String(i + 1).padStart(2, '0');
    const level: InsurerLevel = i === 0 ? 'PROVINCE' : i % 4 === 0 ? 'CITY' : 'COUNTY';
    return {
      id: ctx.id(), code: `SCALE-${n}`, nameZh: `示例统筹区${n}医保中心`, nameEn: `Demo Pooling Region ${n} Medical Insurance Centre`,
      level, regionCode: `99${String(i + 1).padStart(4, '0')}`, regionZh: `示例统筹区${n}`, regionEn: `Demo Region ${n}`,
    };
  });
  await ctx.insert('Insurer', insurers satisfies Prisma.InsurerCreateManyInput[]);

  const partnerKinds: PartnerKind[] = ['COMMERCIAL_INSURER', 'COMMERCIAL_INSURER', 'IT_VENDOR', 'ACCOUNTING_FIRM', 'OTHER_THIRD_PARTY'];
  const partners = Array.from({ length: 20 }, (_, i) => {
    const n = String(i + 1).padStart(2, '0');
    return {
      id: ctx.id(), code: `SCALE-PARTNER-${n}`, nameZh: `示例第三方机构${n}`, nameEn: `Demo Third Party ${n}`,
      kind: partnerKinds[i % partnerKinds.length]!, unifiedSocialCreditCode: `SCALE${String(i + 1).padStart(13, '0')}`,
    };
  });
  await ctx.insert('Partner', partners satisfies Prisma.PartnerCreateManyInput[]);

  // The catalogue may already be there (demo seed): add what is missing, then read the ids back.
  await prisma.violationType.createMany({
    data: VIOLATION_TYPES.map((v) => ({ ...v, appliesTo: [...v.appliesTo] })), skipDuplicates: true,
  });
  const violationTypeIds = (await prisma.violationType.findMany({ select: { id: true }, orderBy: { code: 'asc' } })).map((v) => v.id);

  const providers: ScaleProvider[] = [];
  const providerRows = [];
  for (let i = 0; i < providerCount; i++) {
    const insurer = insurers[i % insurerCount]!;
    const kind = weighted(ctx.rng, KINDS);
    const grade: HospitalGrade | null = kind === 'HOSPITAL' ? ctx.pick(['GRADE_1', 'GRADE_2', 'GRADE_3', 'UNGRADED'] as const) : null;
    const pharmacyClass: PharmacyClass | null = kind === 'RETAIL_PHARMACY' ? (ctx.rng() < 0.3 ? 'A' : 'B') : null;
    const n = String(i + 1).padStart(6, '0');
    const p = { id: ctx.id(), insurerId: insurer.id, kind, physicianIds: [] as string[] };
    providers.push(p);
    providerRows.push({
      id: p.id, code: `S${kind === 'RETAIL_PHARMACY' ? 'P' : 'H'}${insurer.regionCode}${n}`, nameZh: `示例定点机构${n}`,
      nameEn: `Demo Provider ${n}`, kind, hospitalGrade: grade, pharmacyClass, ownership: ctx.rng() < 0.55 ? 'PUBLIC' as const : 'PRIVATE' as const,
      licenceScope: kind === 'RETAIL_PHARMACY' ? ['处方药', '非处方药'] : ['内科', '外科'], regionCode: insurer.regionCode, insurerId: insurer.id,
    });
  }
  await ctx.insert('Provider', providerRows satisfies Prisma.ProviderCreateManyInput[]);

  const physicians = [];
  const sites = [];
  let seq = 0;
  for (const p of providers) {
    const count = p.kind === 'HOSPITAL' ? ctx.int(2, 5) : ctx.int(0, 2);
    for (let k = 0; k < count; k++) {
      const id = ctx.id();
      const n = String(++seq).padStart(7, '0');
      p.physicianIds.push(id);
      physicians.push({
        id, code: `SD${n}`, nameZh: `${ctx.pick([...SURNAMES])}某${n.slice(-3)}`, nameEn: `Demo Practitioner ${n}`,
        // One number per physician (the column is unique): region 990000, then the 7-digit serial
        // in place of the birth date's last digits (the seed's numbers are not real ones).
        idNumber: `9900001980${n}X`, licenceNumber: `SCALE-LIC-${n}`,
        profession: p.kind === 'RETAIL_PHARMACY' ? 'PHARMACIST' as const : 'PHYSICIAN' as const, primaryProviderId: p.id,
      });
      sites.push({ id: ctx.id(), physicianId: id, providerId: p.id, isPrimary: true, startsOn: day('2018-01-01') });
      if (ctx.rng() < 0.15) {
        const other = ctx.pick(providers);
        if (other.id !== p.id) sites.push({ id: ctx.id(), physicianId: id, providerId: other.id, isPrimary: false, startsOn: day('2021-01-01') });
      }
    }
  }
  await ctx.insert('Physician', physicians satisfies Prisma.PhysicianCreateManyInput[]);
  await ctx.insert('PracticeSite', sites satisfies Prisma.PracticeSiteCreateManyInput[]);
  return { insurerIds: insurers.map((i) => i.id), partnerIds: partners.map((p) => p.id), providers, violationTypeIds };
}
