import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestHub, type TestHub } from '../support/hub.js';
import { createInsurer, createPartner, createProvider } from '../factories/parties.js';
import { createAgreement } from '../factories/agreements.js';
import { createFinding, createPenalty } from '../factories/supervision.js';
import { gid } from '../factories/world.js';
import { partnerViewer } from '../factories/viewers.js';
import { viewerClient } from '../../server/policy/rls-client.js';

/**
 * Two partners entrusted by the same insurer each see that insurer's findings, and neither sees
 * what the other recorded (its own investigations and the penalties taken on them): another
 * partner's records (docs/domain/parties.md, "Who sees what"). Checked through GraphQL (lists,
 * counts, node) and on the row-secured client alone, with a filter that asks for everything.
 */
let hub: TestHub;
let ids: { own: string; others: string; agency: string; ownPenalty: string; othersPenalty: string; agencyPenalty: string };
let p1: string;
let p2: string;
beforeAll(async () => {
  hub = await createTestHub();
  const db = hub.prisma;
  const insurer = await createInsurer(db);
  const provider = await createProvider(db, { insurerId: insurer.id });
  const service = await createAgreement(db, { insurerId: insurer.id, providerId: provider.id });
  p1 = (await createPartner(db)).id;
  p2 = (await createPartner(db)).id;
  for (const partnerId of [p1, p2]) await createAgreement(db, { insurerId: insurer.id, partnerId, entrustedWork: ['CASE_RECORD_REVIEW'] });
  const finding = (partnerId: string | null) =>
    createFinding(db, { agreementId: service.id, partnerId, source: partnerId ? 'PARTNER_INVESTIGATION' : 'ON_SITE_INSPECTION' });
  const [own, others, agency] = await Promise.all([finding(p1), finding(p2), finding(null)]);
  const penalty = (findingId: string) => createPenalty(db, { findingId });
  const [ownPenalty, othersPenalty, agencyPenalty] = await Promise.all([penalty(own.id), penalty(others.id), penalty(agency.id)]);
  ids = { own: own.id, others: others.id, agency: agency.id, ownPenalty: ownPenalty.id, othersPenalty: othersPenalty.id, agencyPenalty: agencyPenalty.id };
});
afterAll(() => hub?.close());

const LISTS = `query {
  findings(first: 50) { totalCount edges { node { id penalties(first: 10) { totalCount edges { node { id } } } } } }
  penalties(first: 50) { totalCount edges { node { id finding { id } } } }
  appeals(first: 50) { totalCount }
}`;
const NODE = `query($id: ID!) { node(id: $id) { id } }`;

interface Lists {
  findings: { totalCount: number; edges: { node: { id: string; penalties: { totalCount: number } } }[] };
  penalties: { totalCount: number; edges: { node: { id: string; finding: { id: string } } }[] };
}

describe('a partner and the findings another partner recorded for the same insurer', () => {
  it('lists its own and the agency’s findings and penalties, never the other partner’s', async () => {
    for (const [me, mine, theirs] of [[p1, 'own', 'others'], [p2, 'others', 'own']] as const) {
      const result = await hub.exec<Lists>(LISTS, {}, partnerViewer(me));
      expect(result.errors).toBeUndefined();
      const findings = result.data!.findings.edges.map((e) => e.node.id).sort();
      expect(findings).toEqual([gid('Finding', ids[mine]), gid('Finding', ids.agency)].sort());
      expect(result.data!.findings.totalCount).toBe(2);
      const penalties = result.data!.penalties.edges.map((e) => e.node.id).sort();
      const penaltyOf = { own: ids.ownPenalty, others: ids.othersPenalty } as const;
      expect(penalties).toEqual([gid('Penalty', penaltyOf[mine]), gid('Penalty', ids.agencyPenalty)].sort());
      expect(result.data!.penalties.totalCount).toBe(2);
      for (const [type, id] of [['Finding', ids[theirs]], ['Penalty', penaltyOf[theirs]]] as const) {
        const node = await hub.exec<{ node: unknown }>(NODE, { id: gid(type, id) }, partnerViewer(me));
        expect(node.errors).toBeUndefined();
        expect(node.data!.node, `${type} of the other partner`).toBeNull();
      }
    }
  });

  it('is held by row-level security alone, with a filter that asks for every row', async () => {
    const floored = viewerClient(hub.prisma, partnerViewer(p1));
    const findings = (await floored.finding.findMany({ select: { id: true } })).map((f) => f.id).sort();
    expect(findings).toEqual([ids.own, ids.agency].sort());
    const penalties = (await floored.penalty.findMany({ select: { id: true } })).map((p) => p.id).sort();
    expect(penalties).toEqual([ids.ownPenalty, ids.agencyPenalty].sort());
    // Not passing by seeing nothing: the unrestricted client sees all three of each.
    expect(await hub.prisma.finding.count()).toBe(3);
  });
});
