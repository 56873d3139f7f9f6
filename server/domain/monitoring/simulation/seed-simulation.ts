import { randomUUID } from 'node:crypto';
import type { PrismaClient } from '../../../db/generated/prisma/client.js';
import { systemViewer } from '../../../auth/viewer.js';
import { installRules } from '../install-rules.js';
import { importKnowledge } from '../import-knowledge.js';
import { importClaims, type ImportReport } from '../import-claims.js';
import { generateClaims, KNOWLEDGE, type SimOptions, type SimPerson, type SimTruth } from './generate-claims.js';

/**
 * An insurer for simulated claims (code `code`) with `providers` providers, one physician,
 * every shipped rule and the simulation's knowledge entries. Re-running finds what is there.
 */
export async function prepareSimInsurer(prisma: PrismaClient, code: string, providers = 10) {
  const insurer =
    (await prisma.insurer.findUnique({ where: { code } })) ??
    (await prisma.insurer.create({
      data: { code, nameZh: `模拟医保中心${code}`, nameEn: `Simulated insurer ${code}`, level: 'CITY', regionCode: '340500', regionZh: '马鞍山市', regionEn: "Ma'anshan" },
    }));
  const have = await prisma.provider.findMany({ where: { insurerId: insurer.id, code: { startsWith: `${code}-H` } }, orderBy: { code: 'asc' } });
  for (let i = have.length; i < providers; i += 1) {
    have.push(
      await prisma.provider.create({
        data: {
          code: `${code}-H${String(i + 1).padStart(4, '0')}`, nameZh: `模拟医院${i + 1}`, nameEn: `Simulated hospital ${i + 1}`, kind: 'HOSPITAL',
          hospitalGrade: 'GRADE_2', ownership: 'PUBLIC', licenceScope: ['内科', '外科'], regionCode: '340503', insurerId: insurer.id,
        },
      }),
    );
  }
  const physicianCode = `${code}-D0001`;
  if (!(await prisma.physician.findUnique({ where: { code: physicianCode } }))) {
    const physician = await prisma.physician.create({
      data: {
        code: physicianCode, nameZh: '模拟医师', nameEn: 'Simulated physician', idNumber: `${code}-ID-D0001`, licenceNumber: `${code}-LIC-1`,
        profession: 'PHYSICIAN', primaryProviderId: have[0]!.id,
      },
    });
    await prisma.practiceSite.create({ data: { physicianId: physician.id, providerId: have[0]!.id, isPrimary: true, startsOn: new Date('2020-01-01') } });
  }
  await prisma.$transaction((tx) => installRules(tx, insurer.id));
  await importKnowledge({ actor: systemViewer, requestId: null }, insurer.id, KNOWLEDGE.map((value, i) => ({ line: i + 1, value })));
  return { insurer, providerCodes: have.slice(0, providers).map((p) => p.code), physicianCode };
}

export interface SimSeedResult {
  claims: number;
  truth: SimTruth[];
  report: ImportReport;
}

/** Generates claims for the simulation insurer, creates their insured persons and imports them through the import command. */
export async function seedSimClaims(
  prisma: PrismaClient,
  insurerId: string,
  options: SimOptions,
  onProgress?: (done: number) => void,
): Promise<SimSeedResult> {
  const truth: SimTruth[] = [];
  let claims = 0;
  const generator = generateClaims(options);
  async function* claimsOf() {
    for (const batch of generator) {
      await insertSimPersons(prisma, insurerId, batch.persons);
      truth.push(...batch.truth);
      for (const c of batch.claims) {
        claims += 1;
        yield { line: claims, value: c };
      }
    }
  }
  const report = await importClaims({ actor: systemViewer, requestId: null }, insurerId, claimsOf(), {
    batchSize: 1000,
    onProgress: (r) => onProgress?.(r.inserted + r.duplicates),
  });
  return { claims, truth, report };
}

/**
 * The batch's insured persons in one statement (arrays unnested server-side). Prisma's
 * createMany of 1,000 persons took longer than importing their claims (bench/import-profile.ts),
 * so it dominated the seed and the import bench. Persons already there are kept.
 */
export async function insertSimPersons(prisma: PrismaClient, insurerId: string, persons: SimPerson[]): Promise<void> {
  if (persons.length === 0) return;
  await prisma.$executeRawUnsafe(
    `insert into "InsuredPerson" ("id", "insurerId", "nameZh", "idNumber", "sex", "birthDate", "settlementSuspendedUntil")
     select u.id, $1::uuid, '模拟参保人', u.id_number, u.sex::"Sex", u.birth, u.suspended
     from unnest($2::uuid[], $3::text[], $4::text[], $5::date[], $6::date[]) as u(id, id_number, sex, birth, suspended)
     on conflict ("insurerId", "idNumber") do nothing`,
    insurerId,
    persons.map(() => randomUUID()),
    persons.map((p) => p.idNumber),
    persons.map((p) => p.sex),
    persons.map((p) => p.birthDate),
    persons.map((p) => p.settlementSuspendedUntil),
  );
  // Their suspensions as history rows too: INSURED_SUSPENDED reads the history.
  await prisma.$executeRawUnsafe(
    `insert into "InsuredSettlementSuspension" ("id", "insurerId", "insuredPersonId", "suspendedUntil")
     select gen_random_uuid(), p."insurerId", p.id, p."settlementSuspendedUntil" from "InsuredPerson" p
     where p."insurerId" = $1::uuid and p."idNumber" = any($2::text[]) and p."settlementSuspendedUntil" is not null
       and not exists (select 1 from "InsuredSettlementSuspension" s where s."insuredPersonId" = p.id)`,
    insurerId,
    persons.filter((p) => p.settlementSuspendedUntil).map((p) => p.idNumber),
  );
}
