import type { Prisma } from '../../server/db/generated/prisma/client.js';
import type { InsuredSuspensionScope } from '../../server/db/generated/prisma/enums.js';
import type { Db } from './db.js';
import { day, serial, uniq } from './db.js';

// The parties: insurers, providers, partners, physicians and their practice sites, insured persons.

export function createInsurer(db: Db, data: Partial<Prisma.InsurerUncheckedCreateInput> = {}) {
  const code = data.code ?? uniq('INS');
  return db.insurer.create({
    data: {
      code,
      nameZh: `测试医保中心${code}`,
      nameEn: `Test Insurer ${code}`,
      level: 'CITY',
      regionCode: '340500',
      regionZh: '马鞍山市',
      regionEn: "Ma'anshan",
      ...data,
    },
  });
}

export function createProvider(
  db: Db,
  data: Partial<Prisma.ProviderUncheckedCreateInput> & { insurerId: string },
) {
  const code = data.code ?? uniq('H');
  return db.provider.create({
    data: {
      code,
      nameZh: `测试医院${code}`,
      nameEn: `Test Hospital ${code}`,
      kind: 'HOSPITAL',
      hospitalGrade: 'GRADE_2',
      ownership: 'PUBLIC',
      licenceScope: ['内科', '外科'],
      regionCode: '340503',
      ...data,
    },
  });
}

export function createPartner(db: Db, data: Partial<Prisma.PartnerUncheckedCreateInput> = {}) {
  const code = data.code ?? uniq('P');
  return db.partner.create({
    data: {
      code,
      nameZh: `测试保险公司${code}`,
      nameEn: `Test Insurance ${code}`,
      kind: 'COMMERCIAL_INSURER',
      unifiedSocialCreditCode: uniq('91340500'),
      ...data,
    },
  });
}

/** A physician with its primary practice site at `primaryProviderId`. */
export async function createPhysician(
  db: Db,
  data: Partial<Prisma.PhysicianUncheckedCreateInput> & { primaryProviderId: string },
) {
  const code = data.code ?? uniq('D');
  const physician = await db.physician.create({
    data: {
      code,
      nameZh: `医师${code}`,
      nameEn: `Doctor ${code}`,
      idNumber: `3205031980${String(serial()).padStart(8, '0')}`,
      licenceNumber: uniq('LIC'),
      profession: 'PHYSICIAN',
      ...data,
    },
  });
  await createPracticeSite(db, {
    physicianId: physician.id,
    providerId: data.primaryProviderId,
    isPrimary: true,
  });
  return physician;
}

export function createPracticeSite(
  db: Db,
  data: Partial<Prisma.PracticeSiteUncheckedCreateInput> & { physicianId: string; providerId: string },
) {
  return db.practiceSite.create({ data: { startsOn: day('2024-01-01'), ...data } });
}

export function createInsuredPerson(
  db: Db,
  data: Partial<Prisma.InsuredPersonUncheckedCreateInput> & { insurerId: string; suspensionScope?: InsuredSuspensionScope },
) {
  const { suspensionScope: scope, ...person } = data;
  const { settlementSuspendedUntil: until, settlementSuspendedFrom: from, settlementRestoredOn: restoredOn } = person;
  // A person created suspended (or restored) carries the matching history row, as execution writes it.
  const history =
    until || (from && restoredOn)
      ? { settlementSuspensions: { create: { insurerId: data.insurerId, suspendedFrom: from, suspendedUntil: until, restoredOn, scope } } }
      : {};
  return db.insuredPerson.create({
    data: { nameZh: '张三丰', idNumber: `34050219900101${String(serial()).padStart(4, '0')}`, ...person, ...history },
  });
}
