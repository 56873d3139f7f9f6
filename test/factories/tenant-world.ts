import type { PrismaClient } from '../../server/db/generated/prisma/client.js';
import type { Viewer } from '../../server/auth/viewer.js';
import { appendOne } from '../support/audit.js';
import { createQueryWorld } from './world.js';
import {
  createPartnerR,
  seedCrossContract,
  seedNationalLibrary,
  seedTenantSide,
  sidesOf,
} from './tenant-world-late.js';
import * as f from './records.js';
import {
  anonymous,
  insurerAdmin,
  insurerViewer,
  integrator,
  partnerViewer,
  platformAdmin,
  providerStaff,
} from './viewers.js';

/**
 * The query world with a row of two tenants in EVERY tenant table, for the isolation tests
 * that compare what each viewer reads with what the policy allows (tenant-policy-rls,
 * tenant-schema-walk): a table seeded for one tenant only would let such a comparison pass
 * without testing anything. Two insurers (A, B), two providers (A1, B1) and two entrusted
 * partners (P for A, R for B; Q has an agreement with B but no supervisory work) own rows of
 * each table, plus accounts, credentials, webhooks and audit events of both sides. Provider A1
 * also contracts with insurer B (a cross-region agreement), so B's rows at A1 must reach B,
 * B's partner and A1, and nobody of A.
 */
export async function createTenantWorld(db: PrismaClient) {
  const w = await createQueryWorld(db);
  const partnerR = await createPartnerR(db, w);
  const [sideA, sideB] = sidesOf(w, partnerR.id);
  await seedTenantSide(db, sideA);
  await seedTenantSide(db, sideB);
  await seedNationalLibrary(db);
  await seedCrossContract(db, sideB, w.pA1.id);
  // Partner-tagged rows of a second partner (the read world has them for partner P only).
  await f.createCreditEvaluation(db, { insurerId: w.insB.id, partnerId: partnerR.id, grade: 'B' });
  await f.createFinding(db, {
    agreementId: w.aB1.id,
    source: 'PARTNER_INVESTIGATION',
    partnerId: partnerR.id,
    foundOn: f.day('2025-05-01'),
  });

  // Staff accounts of both insurers and both providers, each with a session.
  const user = async (
    role: 'INSURER_ADMIN' | 'PROVIDER_STAFF',
    tenant: { insurerId?: string; providerId?: string },
  ) => {
    const u = await db.user.create({
      data: { username: f.uniq('u'), passwordHash: 'x', displayName: role, role, ...tenant },
    });
    await db.session.create({
      data: {
        userId: u.id,
        tokenHash: f.uniq('h'),
        csrfToken: 'c',
        expiresAt: new Date(Date.now() + 3_600_000),
      },
    });
    return u.id;
  };
  const users = {
    adminA: await user('INSURER_ADMIN', { insurerId: w.insA.id }),
    adminB: await user('INSURER_ADMIN', { insurerId: w.insB.id }),
    staffA1: await user('PROVIDER_STAFF', { providerId: w.pA1.id }),
    staffB1: await user('PROVIDER_STAFF', { providerId: w.pB1.id }),
  };

  // API clients bound to each insurer and each entrusted partner, each with a key and a webhook.
  const client = async (tenant: { insurerId?: string; partnerId?: string }) => {
    const c = await db.apiClient.create({
      data: { name: f.uniq('c'), role: tenant.partnerId ? 'PARTNER' : 'INTEGRATOR', ...tenant },
    });
    await db.apiKey.create({ data: { apiClientId: c.id, prefix: f.uniq('p'), keyHash: 'h' } });
    const endpoint = await db.webhookEndpoint.create({
      data: { apiClientId: c.id, url: 'http://127.0.0.1:1/x', secret: 's', eventTypes: [] },
    });
    await db.webhookDelivery.create({ data: { endpointId: endpoint.id, eventSeq: 1n } });
    return c.id;
  };
  const clients = {
    insurerA: await client({ insurerId: w.insA.id }),
    insurerB: await client({ insurerId: w.insB.id }),
    partnerP: await client({ partnerId: w.partnerP.id }),
    partnerR: await client({ partnerId: partnerR.id }),
  };

  for (const [physicianId, providerId] of [
    [w.docA.id, w.pA1.id],
    [w.docB.id, w.pB1.id],
  ] as const) {
    await db.practiceSignIn.create({ data: { physicianId, providerId, signedInAt: new Date() } });
  }
  for (const entityIds of [[w.aA1.id], [w.aB1.id]]) {
    await db.accessLogEntry.create({
      data: { actorType: 'USER', actorId: 'x', role: 'PLATFORM_ADMIN', entityType: 'Agreement', entityIds },
    });
  }
  for (const [type, entityType, tags] of [
    ['agreement.signed', 'Agreement', { insurerId: w.insA.id, providerId: w.pA1.id }],
    ['agreement.signed', 'Agreement', { insurerId: w.insB.id, providerId: w.pB1.id }],
    ['tipOff.received', 'TipOff', { insurerId: w.insA.id, providerId: w.pA1.id }],
    ['tipOff.received', 'TipOff', { insurerId: w.insB.id, providerId: w.pB1.id }],
    ['credit.graded', 'CreditEvaluation', { insurerId: w.insA.id, partnerId: w.partnerP.id }],
    ['credit.graded', 'CreditEvaluation', { insurerId: w.insB.id, partnerId: partnerR.id }],
  ] as const) {
    await appendOne(db, { type, entityType, ...tags });
  }
  await db.auditCheckpoint.create({ data: { seq: 1n, hash: 'h' } });
  return { ...w, partnerR, users, clients };
}

export type TenantWorld = Awaited<ReturnType<typeof createTenantWorld>>;

/**
 * One viewer of each kind and tenant. Users and API clients act under their own account's id,
 * so the rules on "your own session / your own client" have a row to show and one to hide.
 */
export function tenantViewers(w: TenantWorld): Record<string, Viewer> {
  const as = (viewer: Viewer, actorId: string): Viewer => ({ ...viewer, actorId });
  return {
    'platform admin': platformAdmin(),
    'insurer A admin': as(insurerAdmin(w.insA.id), w.users.adminA),
    'insurer B viewer': insurerViewer(w.insB.id),
    'integrator of insurer A': as(integrator({ insurerId: w.insA.id }), w.clients.insurerA),
    'entrusted partner P': as(partnerViewer(w.partnerP.id), w.clients.partnerP),
    'entrusted partner R': partnerViewer(w.partnerR.id),
    'partner Q (not entrusted)': partnerViewer(w.partnerQ.id),
    'integrator of partner P': integrator({ partnerId: w.partnerP.id }),
    'provider A1 staff': as(providerStaff(w.pA1.id), w.users.staffA1),
    'provider B1 staff': providerStaff(w.pB1.id),
    anonymous: anonymous(),
  };
}
