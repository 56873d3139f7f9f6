import type { PrismaClient } from '../../server/db/generated/prisma/client.js';
import type { Role } from '../../server/db/generated/prisma/enums.js';
import { hashPassword } from '../../server/auth/password.js';
import { generateApiKey } from '../../server/auth/api-key.js';
import * as f from '../factories/records.js';

/**
 * Two tenants with everything the access tests need: insurer A (with a provider, a service
 * agreement, a finding, a penalty with an appeal, an insured person and a physician) and the
 * same under insurer B; a partner entrusted by A (SITE_PATROL) and another partner with no
 * entrustment; staff users and API clients bound to A's side.
 */
export async function createAccessWorld(prisma: PrismaClient) {
  const tenant = async () => {
    const insurer = await f.createInsurer(prisma);
    const provider = await f.createProvider(prisma, { insurerId: insurer.id });
    const agreement = await f.createAgreement(prisma, { insurerId: insurer.id, providerId: provider.id });
    const insured = await f.createInsuredPerson(prisma, { insurerId: insurer.id });
    const physician = await f.createPhysician(prisma, { primaryProviderId: provider.id });
    const finding = await f.createFinding(prisma, { agreementId: agreement.id, physicianId: physician.id, insuredPersonId: insured.id });
    const penalty = await f.createPenalty(prisma, { findingId: finding.id, status: 'ISSUED' });
    const appeal = await f.createAppeal(prisma, { penaltyId: penalty.id });
    return { insurer, provider, agreement, insured, physician, finding, penalty, appeal };
  };
  const a = await tenant();
  const b = await tenant();
  const partner = await f.createPartner(prisma);
  const partnerAgreement = await f.createAgreement(prisma, { insurerId: a.insurer.id, partnerId: partner.id, entrustedWork: ['SITE_PATROL'] });
  const otherPartner = await f.createPartner(prisma);
  const otherPartnerAgreement = await f.createAgreement(prisma, { insurerId: b.insurer.id, partnerId: otherPartner.id, entrustedWork: ['ROUTINE_ADMINISTRATION'] });
  return { a, b, partner, partnerAgreement, otherPartner, otherPartnerAgreement };
}

export type AccessWorld = Awaited<ReturnType<typeof createAccessWorld>>;

export async function createUser(
  prisma: PrismaClient,
  data: { username: string; password: string; role: Role; insurerId?: string | null; providerId?: string | null },
) {
  return prisma.user.create({
    data: {
      username: data.username,
      passwordHash: await hashPassword(data.password),
      displayName: data.username,
      role: data.role,
      insurerId: data.insurerId ?? null,
      providerId: data.providerId ?? null,
    },
  });
}

/** An API client with one key, written directly (the key string is returned for use). */
export async function createClientWithKey(
  prisma: PrismaClient,
  data: { name?: string; role: Role; insurerId?: string | null; partnerId?: string | null; expiresAt?: Date | null },
) {
  const client = await prisma.apiClient.create({
    data: { name: data.name ?? `client-${f.uniq()}`, role: data.role, insurerId: data.insurerId ?? null, partnerId: data.partnerId ?? null },
  });
  const generated = generateApiKey();
  const key = await prisma.apiKey.create({
    data: { apiClientId: client.id, prefix: generated.prefix, keyHash: generated.keyHash, expiresAt: data.expiresAt ?? null },
  });
  return { client, key, secret: generated.key };
}
