import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestHub, type TestHub } from '../support/hub.js';
import { appendOne } from '../support/audit.js';
import {
  insurerAdmin,
  insurerViewer,
  partnerViewer,
  platformAdmin,
  providerStaff,
} from '../factories/viewers.js';
import { createAgreement, createInsurer, createPartner, createProvider, uniq } from '../factories/records.js';
import { ok } from './mutation-helpers.js';
import type { Viewer } from '../../server/auth/viewer.js';

/**
 * The audit log's names (subjectName, actorName): a person reads record numbers and colleagues'
 * names, each loaded through the viewer's tenant filter; another tenant's record or user has
 * no name.
 */
let hub: TestHub;
let insurerA: string;
let insurerB: string;
let providerA: string;
let partnerP: string;
let agreementNumber: string;

const EVENTS = `{ auditEvents(last: 10) { edges { node { type subjectName actorName } } } }`;
type Events = {
  auditEvents: { edges: { node: { type: string; subjectName: string | null; actorName: string | null } }[] };
};

async function names(viewer: Viewer) {
  const data = ok(await hub.exec<Events>(EVENTS, {}, viewer));
  return data.auditEvents.edges.map((e) => e.node).filter((n) => n.type === 'test.named');
}

beforeAll(async () => {
  hub = await createTestHub();
  insurerA = (await createInsurer(hub.prisma)).id;
  insurerB = (await createInsurer(hub.prisma)).id;
  providerA = (await createProvider(hub.prisma, { insurerId: insurerA })).id;
  partnerP = (await createPartner(hub.prisma)).id;
  const agreement = await createAgreement(hub.prisma, { insurerId: insurerA, providerId: providerA });
  agreementNumber = agreement.number;
  const clerk = await hub.prisma.user.create({
    data: {
      username: uniq('clerk-'),
      passwordHash: 'x',
      displayName: '王经办',
      role: 'INSURER_ADMIN',
      insurerId: insurerA,
    },
  });
  await appendOne(hub.prisma, {
    type: 'test.named',
    entityType: 'Agreement',
    entityId: agreement.id,
    insurerId: insurerA,
    providerId: providerA,
    actor: { ...insurerAdmin(insurerA), actorId: clerk.id },
  });
});
afterAll(() => hub?.close());

describe('names in the audit log', () => {
  it('shows the agreement number and the acting colleague to the same insurer', async () => {
    for (const viewer of [insurerViewer(insurerA), insurerAdmin(insurerA), platformAdmin()]) {
      expect(await names(viewer)).toEqual([
        { type: 'test.named', subjectName: agreementNumber, actorName: '王经办' },
      ]);
    }
  });

  it('gives the provider its agreement number but not the agency clerk’s name', async () => {
    expect(await names(providerStaff(providerA))).toEqual([
      { type: 'test.named', subjectName: agreementNumber, actorName: null },
    ]);
  });

  it('names nothing to another insurer or an unrelated partner (the event itself is not visible)', async () => {
    expect(await names(insurerViewer(insurerB))).toEqual([]);
    expect(await names(partnerViewer(partnerP))).toEqual([]);
  });
});
