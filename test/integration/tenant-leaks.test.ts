import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestHub, type TestHub } from '../support/hub.js';
import { createQueryWorld, gid, type QueryWorld } from '../factories/world.js';
import * as f from '../factories/records.js';
import { insurerAdmin, integrator, partnerViewer, providerStaff } from '../factories/viewers.js';
import { ok } from './mutation-helpers.js';
import { audienceAllows, audienceWhere, resolveAudience } from '../../server/audit/audience.js';
import type { Viewer } from '../../server/auth/viewer.js';

/**
 * Regression tests for the leaks of issue 9, each reproduced as the outside caller did it:
 * a partner reading a competing partner's credit grade (list, insurer relation, nodes, and the
 * partner record behind it), and tip-off events reaching integrators, partners and providers
 * (query, and the audience the live subscription, webhooks and the export share).
 */
let hub: TestHub;
let w: QueryWorld;
let partnerR: { id: string };
let gradeR: { id: string };
let tipOffSeqs: string[];

beforeAll(async () => {
  hub = await createTestHub();
  w = await createQueryWorld(hub.prisma);
  // A second partner entrusted by insurer A, graded by it: what partner P must not read.
  partnerR = await f.createPartner(hub.prisma, { nameZh: '平安养老险', nameEn: 'Ping An Annuity' });
  await f.createAgreement(hub.prisma, { insurerId: w.insA.id, partnerId: partnerR.id, entrustedWork: ['SITE_PATROL'] });
  gradeR = await f.createCreditEvaluation(hub.prisma, { insurerId: w.insA.id, partnerId: partnerR.id, grade: 'D', score: '41.00' });
  // Tip-offs received and verified through the API, as agency staff do: their events are appended.
  tipOffSeqs = [];
  const received = ok(
    await hub.exec<{ receiveTipOff: { auditSeq: string; tipOff: { id: string } } }>(
      `mutation ($input: ReceiveTipOffInput!) { receiveTipOff(input: $input) { auditSeq tipOff { id } } }`,
      { input: { channel: 'PHONE', summary: '举报串换药品', providerId: gid('Provider', w.pA1.id), reporterContact: '139****1111' } },
      insurerAdmin(w.insA.id),
    ),
  );
  tipOffSeqs.push(received.receiveTipOff.auditSeq);
});
afterAll(() => hub?.close());

const CREDIT = `query ($insurer: ID!, $ids: [ID!]!, $partner: ID!) {
  creditEvaluations(filter: { subjectType: [PARTNER] }) { totalCount edges { node { id grade score } } }
  insurer(id: $insurer) { creditEvaluations { totalCount edges { node { id } } } }
  nodes(ids: $ids) { id }
  partner: node(id: $partner) { id }
}`;
type Credit = {
  creditEvaluations: { totalCount: number; edges: { node: { id: string } }[] };
  insurer: { creditEvaluations: { totalCount: number; edges: { node: { id: string } }[] } } | null;
  nodes: ({ id: string } | null)[];
  partner: { id: string } | null;
};

describe("a partner and another partner's credit grade", () => {
  it('is not listed, not reachable through the insurer, not by node, and neither is that partner', async () => {
    const vars = { insurer: gid('Insurer', w.insA.id), ids: [gid('CreditEvaluation', gradeR.id)], partner: gid('Partner', partnerR.id) };
    const data = ok(await hub.exec<Credit>(CREDIT, vars, partnerViewer(w.partnerP.id)));
    const own = data.creditEvaluations.edges.map((e) => e.node.id);
    expect(own).not.toContain(gid('CreditEvaluation', gradeR.id));
    expect(data.creditEvaluations.totalCount).toBe(own.length);
    expect(data.insurer?.creditEvaluations.edges.map((e) => e.node.id)).not.toContain(gid('CreditEvaluation', gradeR.id));
    expect(data.nodes).toEqual([null]);
    expect(data.partner).toBeNull();
    // Its own grade and the supervised providers' grades stay visible.
    expect(own).toEqual([gid('CreditEvaluation', w.ceP.id)]);
    expect(data.insurer!.creditEvaluations.totalCount).toBeGreaterThan(1);
  });

  it('is visible to the insurer that graded it (the authorised twin)', async () => {
    const vars = { insurer: gid('Insurer', w.insA.id), ids: [gid('CreditEvaluation', gradeR.id)], partner: gid('Partner', partnerR.id) };
    const data = ok(await hub.exec<Credit>(CREDIT, vars, insurerAdmin(w.insA.id)));
    expect(data.creditEvaluations.edges.map((e) => e.node.id)).toContain(gid('CreditEvaluation', gradeR.id));
    expect(data.nodes).toEqual([{ id: gid('CreditEvaluation', gradeR.id) }]);
    expect(data.partner).toEqual({ id: gid('Partner', partnerR.id) });
  });
});

const EVENTS = `{ auditEvents(types: ["tipOff.received", "tipOff.verified"]) { totalCount edges { node { seq type } } } }`;
type Events = { auditEvents: { totalCount: number; edges: { node: { seq: string } }[] } };

describe('tip-off events', () => {
  const outsiders = (): [string, Viewer][] => [
    ['integrator of the insurer', integrator({ insurerId: w.insA.id })],
    ['entrusted partner', partnerViewer(w.partnerP.id)],
    ['the reported provider', providerStaff(w.pA1.id)],
  ];

  it('are not listed to integrators, partners or the reported provider', async () => {
    for (const [who, viewer] of outsiders()) {
      const data = ok(await hub.exec<Events>(EVENTS, {}, viewer));
      expect(data.auditEvents, who).toEqual({ totalCount: 0, edges: [] });
    }
  });

  it('are not in the audience the live subscription, webhooks and the export deliver to', async () => {
    const event = await hub.prisma.auditEvent.findUniqueOrThrow({ where: { seq: BigInt(tipOffSeqs[0]!) } });
    expect(event.type).toBe('tipOff.received');
    for (const [who, viewer] of outsiders()) {
      const audience = await resolveAudience(hub.prisma, viewer);
      expect(audienceAllows(audience, event), who).toBe(false);
      expect(await hub.prisma.auditEvent.count({ where: { AND: [audienceWhere(audience), { seq: event.seq }] } }), who).toBe(0);
    }
  });

  it('are listed to the insurer’s staff (the authorised twin)', async () => {
    const data = ok(await hub.exec<Events>(EVENTS, {}, insurerAdmin(w.insA.id)));
    expect(data.auditEvents.edges.map((e) => e.node.seq)).toEqual(tipOffSeqs);
    expect(audienceAllows(await resolveAudience(hub.prisma, insurerAdmin(w.insA.id)), await hub.prisma.auditEvent.findUniqueOrThrow({ where: { seq: BigInt(tipOffSeqs[0]!) } }))).toBe(true);
  });
});
