import { describe, expect, it } from 'vitest';
import { createProvider } from '../factories/parties.js';
import { createAgreement, createFinding } from '../factories/records.js';
import { insurerAdmin, partnerViewer, providerStaff } from '../factories/viewers.js';
import { audienceAllows, resolveAudience } from '../../server/policy/audience.js';
import { expireAgreements } from '../../server/domain/agreements/expire-agreements.js';
import { addMonths } from '../../server/domain/shared/dates.js';
import { agencyToday, gid, ok } from './mutation-helpers.js';
import {
  appealExecuted,
  appealPeriodOver,
  decide,
  execute,
  issued,
  partners,
  penaltyRow,
  raw,
  useEntrustedPartners,
  usePenaltyWorld,
  w,
} from './penalty-fixture.js';

/**
 * Executing a penalty changes its agreement (suspended, terminated; resumed when overturned on
 * appeal or when its term ends), and everyone who sees the agreement reads those events and
 * transitions: the insurer, the provider, every partner the insurer entrusts. A penalty on a
 * finding a partner recorded is that partner's record (partner-own-findings.test.ts) and its own
 * events are tagged for it (partner-penalty-events.test.ts), yet the agreement's events and
 * transitions named it — id, number, legal basis, an overturning decision's reason — to the other
 * entrusted partners, on the event list, the subscription, the webhooks and the export alike (all
 * deliver the stored data to the same audience). They now say what changed, not which penalty.
 */
usePenaltyWorld();

const LEGAL_BASIS = '《服务协议》第四十二条（调查发现）';
const DECISION_REASON = '申诉复核：调查证据不足（内部意见）';

useEntrustedPartners();

type Viewer = ReturnType<typeof partnerViewer>;
const EVENTS = `query($subject: String) { auditEvents(first: 50, subject: $subject) { edges { node { type data } } } }`;
const TRANSITIONS = `query($id: ID!) { agreement(id: $id) { transitions(first: 20) { edges { node { action reason } } } } }`;
type Events = { auditEvents: { edges: { node: { type: string; data: Record<string, unknown> } }[] } };
type Transitions = {
  agreement: { transitions: { edges: { node: { action: string; reason: string } }[] } } | null;
};

/** A service agreement (of a provider of its own when a termination would end it) and a penalty issued on a finding. */
async function issuedOnFinding(partnerId: string | null, measure: string, durationMonths: number | null = 3) {
  const providerId =
    measure === 'AGREEMENT_TERMINATION'
      ? (await createProvider(w.hub.prisma, { insurerId: w.insurer.id })).id
      : w.provider.id;
  const agreement = await createAgreement(w.hub.prisma, { insurerId: w.insurer.id, providerId });
  const finding = await createFinding(w.hub.prisma, {
    agreementId: agreement.id,
    partnerId,
    source: partnerId ? 'PARTNER_INVESTIGATION' : 'ON_SITE_INSPECTION',
  });
  const p = await issued(finding.id, { measure, multiple: null, durationMonths, legalBasis: LEGAL_BASIS });
  return {
    agreement,
    providerId,
    penalty: { id: p.id, raw: raw(p.id), number: (await penaltyRow(raw(p.id))).number },
  };
}

/** What a viewer reads about the agreement (and its provider): events' data and transitions' reasons, as text. */
async function readBy(viewer: Viewer, agreementId: string, providerId: string) {
  const subjects = [`Agreement/${agreementId}`, `Provider/${providerId}`];
  const events = [];
  for (const subject of subjects)
    events.push(
      ...ok(await w.hub.exec<Events>(EVENTS, { subject }, viewer)).auditEvents.edges.map((e) => e.node),
    );
  const agreement = ok(
    await w.hub.exec<Transitions>(TRANSITIONS, { id: gid('Agreement', agreementId) }, viewer),
  ).agreement;
  const reasons = agreement?.transitions.edges.map((e) => e.node.reason) ?? [];
  return {
    types: events.map((e) => e.type).sort(),
    text: JSON.stringify([events.map((e) => e.data), reasons]),
  };
}

type Case = Awaited<ReturnType<typeof issuedOnFinding>>;
const investigators = (measure: string, durationMonths: number | null = 3) =>
  issuedOnFinding(partners.investigator, measure, durationMonths);

/** The penalty is named nowhere the bystander reads, on the list nor in what the live audience passes. */
async function expectUnnamedToBystander({ agreement, providerId, penalty }: Case, types: string[]) {
  const viewer = partnerViewer(partners.bystander);
  const seen = await readBy(viewer, agreement.id, providerId);
  expect(seen.types).toEqual(expect.arrayContaining(types));
  for (const secret of [penalty.raw, penalty.number, LEGAL_BASIS, DECISION_REASON])
    expect(seen.text).not.toContain(secret);
  const audience = await resolveAudience(w.hub.prisma, viewer);
  const stored = await w.hub.prisma.auditEvent.findMany({
    where: { subject: { in: [`Agreement/${agreement.id}`, `Provider/${providerId}`] } },
  });
  const delivered = stored.filter((e) => audienceAllows(audience, e));
  expect(delivered.map((e) => e.type)).toEqual(expect.arrayContaining(types));
  for (const event of delivered) expect(JSON.stringify(event.data)).not.toContain(penalty.number);
}

describe('what a penalty on a partner’s finding does to its agreement', () => {
  it('a suspension: other entrusted partners read that the agreement was suspended, not by which penalty', async () => {
    const c = await investigators('AGREEMENT_SUSPENSION');
    ok(await execute(c.penalty.id, 2));
    await expectUnnamedToBystander(c, ['agreement.suspended']);
    // The penalty's own event, tagged for its partner, still says which agreement it suspended.
    const subject = `Penalty/${c.penalty.raw}`;
    const own = ok(await w.hub.exec<Events>(EVENTS, { subject }, partnerViewer(partners.investigator))).auditEvents;
    expect(own.edges.map((e) => e.node)).toContainEqual(
      expect.objectContaining({ type: 'penalty.executed', data: expect.objectContaining({ agreementId: c.agreement.id }) }),
    );
  });

  it('a termination: the agreement’s and the provider’s events and the transition name no penalty', async () => {
    const c = await investigators('AGREEMENT_TERMINATION', null);
    await appealPeriodOver(c.penalty.id);
    ok(await execute(c.penalty.id, 2));
    await expectUnnamedToBystander(c, ['agreement.terminated', 'provider.reapplicationBanned']);
  });

  it('a suspension overturned on appeal: the resumption names neither the penalty nor the decision’s reason', async () => {
    const c = await investigators('SETTLEMENT_SUSPENSION', null);
    ok(await execute(c.penalty.id, 2));
    const appealed = ok(await appealExecuted(c.penalty.id, providerStaff(c.providerId))).fileAppeal;
    ok(await decide(c.penalty.id, appealed.penalty.version, { decision: 'OVERTURN', reason: DECISION_REASON }));
    await expectUnnamedToBystander(c, ['agreement.suspended', 'agreement.resumed']);
  });

  it('a suspension whose term ends: the job’s resumption names no penalty', async () => {
    const c = await investigators('AGREEMENT_SUSPENSION', 1);
    ok(await execute(c.penalty.id, 2));
    // Noon in Beijing on the day the term ends: when the daily job runs that day.
    const ended = await expireAgreements(new Date(addMonths(agencyToday(), 1).getTime() + 4 * 3_600_000));
    expect(ended.resumed.map((r) => r.id)).toContain(c.agreement.id);
    await expectUnnamedToBystander(c, ['agreement.suspended', 'agreement.resumed']);
  });

  it('an agency finding’s penalty is still named to everyone who sees the agreement', async () => {
    const { agreement, providerId, penalty } = await issuedOnFinding(null, 'AGREEMENT_SUSPENSION');
    ok(await execute(penalty.id, 2));
    const readers = [partnerViewer(partners.bystander), insurerAdmin(w.insurer.id), providerStaff(providerId)];
    for (const viewer of readers) {
      const { text } = await readBy(viewer, agreement.id, providerId);
      for (const named of [penalty.raw, penalty.number, LEGAL_BASIS]) expect(text).toContain(named);
    }
  });
});
