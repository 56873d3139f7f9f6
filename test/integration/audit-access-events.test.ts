import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestHub, type TestHub } from '../support/hub.js';
import { appendOne } from '../support/audit.js';
import { insurerAdmin, insurerAuditor, insurerViewer, integrator, partnerViewer, platformAdmin, providerStaff } from '../factories/viewers.js';
import { createInsurer, createPartner, createProvider } from '../factories/records.js';
import { ok } from './mutation-helpers.js';
import { viewerClient } from '../../server/policy/rls-client.js';
import { audienceAllows, resolveAudience } from '../../server/policy/audience.js';
import type { Viewer } from '../../server/auth/viewer.js';

/**
 * Events about accounts and credentials (a colleague's sign-in with username and role, a user
 * created, an API key issued) reach whoever may read those rows: platform admins and the
 * insurer's admins. An insurer's integrator, viewer or auditor, a provider's staff and a partner
 * read their tenant's other events but not these, on every path the audience serves: the
 * auditEvents query, row-level security alone, and the live fan-out's predicate (subscriptions,
 * webhooks).
 */
let hub: TestHub;
let insurerA: string;
let providerA: string;
let partnerP: string;
let base: bigint;

const LIST = `{ auditEvents(first: 100) { edges { node { seq type } } } }`;
type List = { auditEvents: { edges: { node: { seq: string; type: string } }[] } };

beforeAll(async () => {
  hub = await createTestHub();
  insurerA = (await createInsurer(hub.prisma)).id;
  providerA = (await createProvider(hub.prisma, { insurerId: insurerA })).id;
  partnerP = (await createPartner(hub.prisma)).id;
  base = BigInt(await hub.prisma.auditEvent.count());
  const events = [
    { type: 'session.started', entityType: 'Session', insurerId: insurerA, data: { username: 'auditor-a', role: 'INSURER_AUDITOR' } },
    { type: 'user.created', entityType: 'User', insurerId: insurerA },
    { type: 'apiKey.issued', entityType: 'ApiKey', insurerId: insurerA },
    { type: 'agreement.signed', entityType: 'Agreement', insurerId: insurerA, providerId: providerA },
    { type: 'session.started', entityType: 'Session', providerId: providerA, data: { username: 'clerk-p', role: 'PROVIDER_STAFF' } },
    { type: 'apiClient.created', entityType: 'ApiClient', partnerId: partnerP },
    { type: 'agreement.signed', entityType: 'Agreement', partnerId: partnerP },
  ];
  for (const event of events) await appendOne(hub.prisma, event);
});
afterAll(() => hub?.close());

/** The types each viewer reads of the events above, by seq. */
const EXPECTED: [string, Viewer, string[]][] = [];
beforeAll(() => {
  const own = ['agreement.signed'];
  EXPECTED.push(
    ['platform admin', platformAdmin(), ['session.started', 'user.created', 'apiKey.issued', 'agreement.signed', 'session.started', 'apiClient.created', 'agreement.signed']],
    ['insurer admin', insurerAdmin(insurerA), ['session.started', 'user.created', 'apiKey.issued', 'agreement.signed']],
    ['integrator', integrator({ insurerId: insurerA }), own],
    ['insurer viewer', insurerViewer(insurerA), own],
    ['insurer auditor', insurerAuditor(insurerA), own],
    ['provider staff', providerStaff(providerA), own],
    ['partner', partnerViewer(partnerP), own],
  );
});

const ours = (rows: { seq: bigint | string; type: string }[]) => rows.filter((r) => BigInt(r.seq) > base).map((r) => r.type);

describe('account and credential events reach the admins only', () => {
  it('in the auditEvents query', async () => {
    for (const [name, viewer, types] of EXPECTED) {
      const list = ok(await hub.exec<List>(LIST, {}, viewer)).auditEvents.edges.map((e) => e.node);
      expect(ours(list), name).toEqual(types);
    }
  });

  it('under row-level security alone (an unfiltered read as the viewer)', async () => {
    for (const [name, viewer, types] of EXPECTED) {
      const rows = await viewerClient(hub.prisma, viewer).auditEvent.findMany({ where: { seq: { gt: base } }, orderBy: { seq: 'asc' } });
      expect(ours(rows), name).toEqual(types);
    }
  });

  it('in the live fan-out and webhooks (the audience predicate)', async () => {
    const rows = await hub.prisma.auditEvent.findMany({ where: { seq: { gt: base } }, orderBy: { seq: 'asc' } });
    for (const [name, viewer, types] of EXPECTED) {
      const audience = await resolveAudience(hub.prisma, viewer);
      expect(ours(rows.filter((row) => audienceAllows(audience, row))), name).toEqual(types);
    }
  });
});
